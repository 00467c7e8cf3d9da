import ArgumentParser
import Foundation
import MidocsCompiler

struct SpecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spec",
        abstract: "Prints the spec model as JSON, even when the docs have errors.",
        discussion: "Diagnostics go to standard error; the exit status is 1 when there are errors.")

    @OptionGroup var input: InputOptions

    func run() throws {
        let content = try input.load()
        let compilation = compile(content)
        FileHandle.standardOutput.write(SpecJSONEmitter.makeJSON(compilation.spec))
        input.report(compilation.diagnostics, content: content, toStandardError: true)
        if compilation.diagnostics.containsErrors { throw ExitCode(1) }
    }
}
