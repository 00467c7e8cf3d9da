import ArgumentParser
import Foundation
import MidocsCompiler

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks the docs and reports what is wrong; writes nothing unless --fix.",
        discussion: """
            Exit status: 0 without errors, 1 with errors (or with warnings under --strict), \
            2 when midocs cannot run.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var policy: PolicyOptions

    @Flag(help: "Apply the fixes midocs is certain of to the content files, and report them.")
    var fix = false

    func run() throws {
        var content = try input.load()
        policy.apply(to: &content)
        var compilation = compile(content)
        if fix {
            let changes = try FixApplier(contentFolder: URL(fileURLWithPath: input.content)).apply(compilation.diagnostics)
            for change in changes {
                printError("fixed: \(input.content)/\(change.location): '\(change.original)' → '\(change.replacement)'")
            }
            printError("midocs: \(changes.count) fix\(changes.count == 1 ? "" : "es") applied")
            if !changes.isEmpty {
                content = try input.load()
                policy.apply(to: &content)
                compilation = compile(content)
            }
        }
        input.report(compilation.diagnostics, content: content)
        try policy.exit(for: compilation.diagnostics)
    }
}
