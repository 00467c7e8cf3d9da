import ArgumentParser
import Foundation

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuilds the site whenever content/, the templates or site.yml change.",
        discussion: """
            Polls the folders and, on a change, checks and rebuilds; a build with errors leaves \
            the site as it was. One line per rebuild says what changed, what was rebuilt and \
            how long it took, followed by any new diagnostics.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var policy: PolicyOptions

    @Option(help: "The folder to write the site into.")
    var output = "site"

    @Option(help: "Without inotify (other systems), how often to look for changes, in milliseconds.")
    var interval = 300

    @Flag(help: "Print how long each stage of each rebuild took.")
    var timings = false

    func run() throws {
        let rebuilder = Rebuilder(input: input, policy: policy, output: output, timings: timings)
        let folders = [URL(fileURLWithPath: input.content), URL(fileURLWithPath: input.templates)]
        let loop = WatchLoop(folders: folders, interval: interval)
        _ = rebuilder.rebuild(changed: nil)
        loop.run { changed in _ = rebuilder.rebuild(changed: changed) }
    }
}
