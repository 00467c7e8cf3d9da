import ArgumentParser
import Foundation
import MidocsCompiler

/// What `build` and `swift` share: load, check that the output folder is safe, compile,
/// report, and stop before writing anything when the docs fail. A streaming compilation
/// writes the site into a staging folder while it builds; it takes the output folder's
/// place only on `finish`, and is thrown away when the docs fail.
struct CheckedCompilation {
    let compilation: Compilation
    let writer: FolderWriter
    let staging: StagingFolder?

    init(input: InputOptions, policy: PolicyOptions, output: String, emitting: Bool = true, streaming: Bool = false) throws {
        var content = try input.load()
        policy.apply(to: &content)
        writer = FolderWriter(outputFolder: URL(fileURLWithPath: output))
        do {
            try writer.checkSafety(contentFolder: URL(fileURLWithPath: input.content))
        } catch {
            throw ValidationError("\(error)")
        }
        let staging = streaming ? try writer.begin() : nil
        compilation = compile(content, emitting: emitting, writingTo: staging)
        self.staging = staging
        input.report(compilation.diagnostics, content: content)
        guard !policy.fails(compilation.diagnostics) else {
            staging?.discard()
            printError("midocs: nothing written; \(output) is unchanged")
            throw ExitCode(1)
        }
    }
}
