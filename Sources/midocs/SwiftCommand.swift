import ArgumentParser
import Foundation
import MidocsCompiler

struct SwiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swift",
        abstract: "Generates the Swift client types from the docs; writes nothing when they have errors.")

    @OptionGroup var input: InputOptions
    @OptionGroup var policy: PolicyOptions

    @Option(help: "The folder to write the generated Swift files into; it is replaced whole.")
    var output = "Sources/MiAccount/Generated"

    @Option(help: ArgumentHelp("Write everything into this one file instead (for the build-tool plugin).", valueName: "file"))
    var singleFile: String?

    func run() throws {
        let checked = try CheckedCompilation(try input.load(), input: input, policy: policy, output: output)
        let compilation = checked.compilation
        let writer = checked.writer
        guard let files = makeSwiftSources(compilation.spec) else {
            printError("midocs: error: a Swift client builds on a runtime that a profile brings; name one in site.yml (profile: mi-account)")
            throw ExitCode(1)
        }
        if let singleFile {
            let url = URL(fileURLWithPath: singleFile)
            let name = url.deletingPathExtension().lastPathComponent
            if let file = makeSwiftSource(compilation.spec, fileNamed: name) { try FolderWriter.writeFile(file, to: url) }
            return
        }
        try writer.write(files)
        printError("midocs: wrote \(files.count) Swift files to \(output)/")
    }
}
