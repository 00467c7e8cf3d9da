import ArgumentParser
import Foundation
import MidocsCompiler

/// The options every subcommand takes to find its input.
struct InputOptions: ParsableArguments {
    @Option(help: "The folder of Markdown pages and site.yml.")
    var content = "content"

    @Option(help: "The folder of Mustache templates and static files.")
    var templates = "templates"

    func load() throws -> Content {
        do {
            return try ContentLoader(
                contentFolder: URL(fileURLWithPath: content),
                templatesFolder: URL(fileURLWithPath: templates)
            ).load()
        } catch {
            printError("midocs: error: \(error)")
            throw ExitCode(2)
        }
    }

    func report(_ diagnostics: [Diagnostic], content: Content) {
        let formatter = DiagnosticFormatter(files: content.files, contentPrefix: self.content)
        for diagnostic in diagnostics {
            printError(formatter.format(diagnostic))
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
