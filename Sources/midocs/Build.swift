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

    @Option(help: "A git revision, folder or spec.json whose pages and anchors must still resolve (site.yml `previous:`).")
    var previous: String?

    func run() throws {
        var content = try input.load()
        try ReleaseHistory(input: input).apply(to: &content)
        if let previous = previous ?? content.configuration.previous {
            try PreviousLinks(input: input).apply(previous: previous, to: &content)
        }
        guard !content.theme.templates.isEmpty else {
            printError("midocs: error: '\(input.templates)' holds no Mustache templates; a site needs at least page.mustache")
            throw ExitCode(2)
        }
        let compilation = try CheckedCompilation(content, input: input, policy: policy, output: output).compilation
        let clock = ContinuousClock()
        let start = clock.now
        // The pages are made as the writer takes them; the new site replaces the old at the end.
        let count = try FolderWriter(outputFolder: URL(fileURLWithPath: output)).write(compilation.outputs)
        if timings {
            printError("midocs: \(compilation.timer.summary), emit and write \((clock.now - start).formatted(.units(allowed: [.milliseconds])))")
        }
        let pages = compilation.spec.pages.count
        printError("midocs: wrote \(pages) pages and \(count - pages) other files to \(output)/")
    }
}
