import ArgumentParser
import Foundation
import MidocsCompiler

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks the docs and writes the site; writes nothing when there are errors.")

    @OptionGroup var input: InputOptions
    @OptionGroup var policy: PolicyOptions

    @Option(help: "The folder to write the site into.")
    var output = "site"

    @Flag(help: "Print how long each stage took.")
    var timings = false

    func run() throws {
        let checked = try CheckedCompilation(input: input, policy: policy, output: output)
        let compilation = checked.compilation
        let writer = checked.writer
        let clock = ContinuousClock()
        let start = clock.now
        try writer.write(compilation.outputs)
        if timings { printError("midocs: \(compilation.timer.summary), write \((clock.now - start).formatted(.units(allowed: [.milliseconds])))") }
        let pages = compilation.spec.pages.count
        printError("midocs: wrote \(pages) pages and \(compilation.outputs.count - pages) other files to \(output)/")
    }
}
