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
        // Pages are written while the rest is built; the new site replaces the old at the end.
        let checked = try CheckedCompilation(input: input, policy: policy, output: output, streaming: true)
        let compilation = checked.compilation
        guard let staging = checked.staging else { return }
        let clock = ContinuousClock()
        let start = clock.now
        try staging.finish()
        if timings {
            printError("midocs: \(compilation.timer.summary), last writes \((clock.now - start).formatted(.units(allowed: [.milliseconds])))")
        }
        let pages = compilation.spec.pages.count
        printError("midocs: wrote \(pages) pages and \(staging.count - pages) other files to \(output)/")
    }
}
