import ArgumentParser
import Foundation
import MidocsCompiler

/// The options every subcommand takes to find its input.
struct InputOptions: ParsableArguments {
    @Option(help: "The folder of Markdown pages and site.yml.")
    var content = "content"

    @Option(help: "The folder of Mustache templates and static files.")
    var templates = "templates"

    @Option(help: "How to print diagnostics: human, json or sarif.")
    var format: DiagnosticFormat = .human

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

    /// Human diagnostics go to standard error; JSON and SARIF, which tools read, to
    /// standard output (for `spec`, whose output is the model, to standard error).
    func report(_ diagnostics: [Diagnostic], content: Content, toStandardError: Bool = false) {
        switch format {
        case .human:
            let formatter = DiagnosticFormatter(files: content.files, contentPrefix: self.content)
            for diagnostic in diagnostics { printError(formatter.format(diagnostic)) }
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            if errors + warnings > 0 {
                printError("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
        case .json:
            emit(DiagnosticJSONFormatter(contentPrefix: self.content).format(diagnostics), toStandardError)
        case .sarif:
            emit(SARIFFormatter(files: content.files, contentPrefix: self.content).format(diagnostics), toStandardError)
        }
    }

    private func emit(_ text: String, _ toStandardError: Bool) {
        if toStandardError {
            printError(text)
        } else {
            FileHandle.standardOutput.write(Data((text + "\n").utf8))
        }
    }
}

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case human, json, sarif
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
