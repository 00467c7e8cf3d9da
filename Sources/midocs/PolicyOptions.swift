import ArgumentParser
import MidocsCompiler

/// How strict a run is, and severity changes by diagnostic code.
struct PolicyOptions: ParsableArguments {
    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(name: .customLong("error"), help: ArgumentHelp("Report this diagnostic code as an error.", valueName: "code"))
    var errors: [String] = []

    @Option(name: .customLong("warning"), help: ArgumentHelp("Report this diagnostic code as a warning.", valueName: "code"))
    var warnings: [String] = []

    @Option(name: .customLong("ignore"), help: ArgumentHelp("Do not report this diagnostic code.", valueName: "code"))
    var ignored: [String] = []

    /// Lays the command line's choices over the site configuration's.
    func apply(to content: inout Content) {
        let flags = DiagnosticPolicy(error: errors, warning: warnings, ignore: ignored)
        content.configuration.diagnostics = content.configuration.diagnostics.merging(flags)
    }

    func fails(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.containsErrors || (strict && diagnostics.contains { $0.severity == .warning })
    }

    func exit(for diagnostics: [Diagnostic]) throws {
        if fails(diagnostics) { throw ExitCode(1) }
    }
}
