import ArgumentParser
import Foundation
import MidocsCompiler

/// Wraps the build when a previous version is named (`--previous REF` or site.yml
/// `previous:`): every page and heading anchor it published must still resolve or have a
/// redirect; otherwise the build stops, writing nothing. Forwarding pages and the anchor
/// map join the site's files.
struct PreviousLinks {
    let input: InputOptions

    func apply(previous: String, to content: inout Content) throws {
        let previousSpec: Spec
        do {
            previousSpec = try DiffSource(
                argument: previous, contentFolder: URL(fileURLWithPath: input.content),
                templatesFolder: URL(fileURLWithPath: input.templates)
            ).loadSpec()
        } catch {
            printError("midocs: error: --previous \(previous): \(error)")
            throw ExitCode(2)
        }
        let continuity = LinkContinuity(
            previous: previousSpec, current: compile(content).spec, redirects: content.configuration.redirects)
        guard continuity.gaps.isEmpty else {
            // Places in the previous version's files: say which version.
            for gap in continuity.gaps { printError("\(gap.location) (at \(previous)): error: \(gap.message)") }
            printError("midocs: \(continuity.gaps.count) published address\(continuity.gaps.count == 1 ? "" : "es") of \(previous) would break; nothing written")
            throw ExitCode(1)
        }
        content.assets += continuity.makeFiles()
    }
}
