import Foundation
import MidocsCompiler

/// One rebuild for `watch` and `serve`: load, check, write, and one line on standard error
/// saying what changed, what was rebuilt and how long it took. Diagnostics seen on the
/// previous rebuild are not printed again. `serve` hands it to the watch thread after the
/// first build; it is never used from two threads at once.
final class Rebuilder: @unchecked Sendable {
    enum Outcome {
        case written(summary: String)
        /// The docs have errors (or cannot be read); the site was left as it was.
        case failed(diagnostics: String)
    }

    private let input: InputOptions
    private let policy: PolicyOptions
    private let output: String
    private var previousDiagnostics: Set<Diagnostic> = []
    /// What the last compilation made, for this one to reuse.
    private var compiler = IncrementalCompiler()
    private var loadCache = LoadCache()
    /// What the last successful rebuild wrote; nil until the first, which writes whole.
    private var written: Set<String>?
    private var rebuilds = 0

    private let timings: Bool

    init(input: InputOptions, policy: PolicyOptions, output: String, timings: Bool = false) {
        self.timings = timings
        self.input = input
        self.policy = policy
        self.output = output
    }

    /// `changed` holds the absolute paths that changed since the last rebuild; nil means
    /// unknown (the first build, or events were lost), and everything is looked at.
    func rebuild(changed: Set<String>?) -> Outcome {
        let reason = rebuilds == 0 ? "start" : WatchLoop.describe(changed)
        rebuilds += 1
        let clock = ContinuousClock()
        let start = clock.now
        let elapsed = { (clock.now - start).formatted(.units(allowed: [.milliseconds])) }
        let content: Content
        do {
            (content, loadCache) = try ContentLoader(
                contentFolder: URL(fileURLWithPath: input.content), templatesFolder: URL(fileURLWithPath: input.templates)
            ).load(reusing: loadCache, changed: changed)
        } catch {
            printError("midocs: \(reason): not rebuilt in \(elapsed()): \(error); \(output)/ is unchanged")
            return .failed(diagnostics: "\(error)")
        }
        let loaded = clock.now - start
        var configured = content
        policy.apply(to: &configured)
        let writer = FolderWriter(outputFolder: URL(fileURLWithPath: output))
        let rebuild = compiler.compile(configured)
        let compilation = rebuild.compilation
        let diagnostics = compilation.diagnostics
        let new = diagnostics.filter { !previousDiagnostics.contains($0) }
        previousDiagnostics = Set(diagnostics)
        input.report(new, content: configured)
        let counts = Self.count(diagnostics, new: new.count)
        guard !policy.fails(diagnostics) else {
            printError("midocs: \(reason): not rebuilt in \(elapsed())\(counts); \(output)/ is unchanged")
            let formatter = DiagnosticFormatter(files: configured.files, contentPrefix: input.content)
            let shown = diagnostics.sorted { $0.severity > $1.severity }.prefix(50)
            return .failed(diagnostics: shown.map(formatter.format).joined(separator: "\n"))
        }
        let compiled = clock.now
        do {
            try writer.checkSafety(contentFolder: URL(fileURLWithPath: input.content))
            if let written {
                try writer.update(Array(compilation.outputs), changed: rebuild.changedOutputs, previous: written)
            } else {
                try writer.write(compilation.outputs)
            }
            written = Set(compilation.outputs.map(\.path))
            if timings {
                let ms: (Duration) -> String = { $0.formatted(.units(allowed: [.milliseconds])) }
                printError("midocs: load \(ms(loaded)), \(compilation.timer.summary), write \(ms(clock.now - compiled))")
            }
        } catch {
            written = nil  // what is on disk is unknown now: the next rebuild writes everything
            printError("midocs: \(reason): not written: \(error)")
            return .failed(diagnostics: "\(error)")
        }
        let summary = "\(reason): \(rebuild.work.summary) in \(elapsed())\(counts)"
        printError("midocs: \(summary)")
        return .written(summary: summary)
    }

    private static func count(_ diagnostics: [Diagnostic], new: Int) -> String {
        guard !diagnostics.isEmpty else { return "" }
        return ", \(diagnostics.count) diagnostic\(diagnostics.count == 1 ? "" : "s") (\(new) new)"
    }
}
