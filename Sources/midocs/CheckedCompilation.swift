import ArgumentParser
import Foundation
import MidocsCompiler

/// What `build` and `swift` share: check that the output folder is safe, compile, report,
/// and stop before writing anything when the docs fail.
struct CheckedCompilation {
    let compilation: Compilation
    let writer: FolderWriter

    init(_ content: Content, input: InputOptions, policy: PolicyOptions, output: String) throws {
        var content = content
        policy.apply(to: &content)
        writer = FolderWriter(outputFolder: URL(fileURLWithPath: output))
        do {
            try writer.checkSafety(contentFolder: URL(fileURLWithPath: input.content))
        } catch {
            throw ValidationError("\(error)")
        }
        compilation = compile(content)
        input.report(compilation.diagnostics, content: content)
        guard !policy.fails(compilation.diagnostics) else {
            printError("midocs: nothing written; \(output) is unchanged")
            throw ExitCode(1)
        }
    }
}
