import ArgumentParser
import Foundation
import MidocsCompiler

/// Wraps the build when site.yml lists releases: each release's docs are read at its git
/// revision (as `midocs diff` reads one) and compared with the one before, and the content
/// gets the changelog page and, for the cards, the release that last changed each operation.
/// Outside the stages: the pipeline itself only sees one more page and a configuration value.
struct ReleaseHistory {
    let input: InputOptions

    func apply(to content: inout Content) throws {
        let releases = content.configuration.releases
        guard !releases.isEmpty else { return }
        if content.files.contains(where: { $0.slug == ReleaseNotes.slug }) {
            printError("midocs: warning: the content has its own \(ReleaseNotes.slug).md; the release changelog is not written")
            return
        }
        var specs: [Spec] = []
        for release in releases {
            do {
                specs.append(
                    try DiffSource(
                        argument: release.ref, contentFolder: URL(fileURLWithPath: input.content),
                        templatesFolder: URL(fileURLWithPath: input.templates)
                    ).loadSpec())
            } catch {
                printError("midocs: error: site.yml: release \(release.version): \(error)")
                throw ExitCode(2)
            }
        }
        let entries = releases.indices.map { index in
            ReleaseNotes.Entry(
                release: releases[index], changes: index == 0 ? nil : SpecDiffer().diff(old: specs[index - 1], new: specs[index]),
                titles: Dictionary((specs[index].operations + (index > 0 ? specs[index - 1].operations : [])).map { ($0.id, $0.title) },
                    uniquingKeysWith: { first, _ in first }))
        }
        let notes = ReleaseNotes(entries: entries)
        // The operations of the docs being built, so that the page links only to cards that exist.
        let current = compile(content).spec
        content.files.append(notes.makePage(current: current))
        content.configuration.changedIn = notes.changedIn
        // Listed with the reference pages, else last; without groups the folder tree lists it.
        let groups = content.configuration.groups
        if let index = groups.firstIndex(where: { $0.kind == .reference }) ?? (groups.isEmpty ? nil : groups.count - 1) {
            content.configuration.groups[index].pages.append(ReleaseNotes.slug)
        }
    }
}
