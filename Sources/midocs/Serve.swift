import ArgumentParser
import Foundation
import MidocsPreview

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Watches the docs and serves the site on loopback, reloading open pages after each rebuild.",
        discussion: """
            Open pages reload when a rebuild is written. While the docs have errors, pages \
            show them over the content. The reload script is added by the server only: the \
            site on disk is what `midocs build` writes.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var policy: PolicyOptions

    @Option(help: "The folder to write and serve the site from.")
    var output = "site"

    @Option(help: "The IPv4 address (or localhost) to listen on; the default answers this machine only.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: UInt16 = 8000

    @Option(help: "Without inotify (other systems), how often to look for changes, in milliseconds.")
    var interval = 300

    func run() async throws {
        let channel = ReloadChannel()
        let rebuilder = Rebuilder(input: input, policy: policy, output: output)
        let publish: @Sendable (Rebuilder.Outcome) -> Void = { outcome in
            switch outcome {
            case .written(let summary): channel.publishReload(summary: summary)
            case .failed(let text): channel.publishErrors(text)
            }
        }
        let folders = [URL(fileURLWithPath: input.content), URL(fileURLWithPath: input.templates)]
        let loop = WatchLoop(folders: folders, interval: interval)
        publish(rebuilder.rebuild(changed: nil))
        // The watch loop blocks; it gets a thread of its own and the server the async runtime.
        let watcher = Thread { loop.run { changed in publish(rebuilder.rebuild(changed: changed)) } }
        watcher.start()
        let server = PreviewServer(siteFolder: URL(fileURLWithPath: output), channel: channel)
        // The server takes a numeric IPv4 address; `localhost` is what people type.
        let host = self.host == "localhost" ? "127.0.0.1" : self.host
        do {
            try await server.run(host: host, port: port) { port in
                printError("midocs: serving \(URL(fileURLWithPath: self.output).path)/ at http://\(host):\(port)/")
            }
        } catch {
            printError("midocs: error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode(2)
        }
    }
}
