import ArgumentParser
import Foundation
import MidocsCompiler
import MidocsSandbox

struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Serves every documented operation on loopback, behaving as the docs say.",
        discussion: """
            Built from the checked model: documented parameters are enforced and answers take \
            the documented shapes; the docs' profile adds the service's semantics (for Mi \
            Account: codes, tokens, MAC signatures, callbacks). State lives in memory. Every \
            documented host is served at the one address, by path.
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "The address to listen on; the default answers this machine only.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one and prints it.")
    var port: UInt16 = 8787

    @Option(name: .customLong("client-id"), help: "The registered app's id.")
    var clientID: Int64 = SandboxClient.defaultID

    @Option(name: .customLong("client-secret"), help: "The registered app's secret.")
    var clientSecret = SandboxClient.defaultSecret

    @Option(name: .customLong("redirect-uri"), help: "A registered redirect URI; repeat for several.")
    var redirectURIs: [String] = []

    @Option(help: "Makes tokens and codes the same on every run, for tests.")
    var seed: UInt64?

    func run() async throws {
        let content = try input.load()
        let compilation = compile(content)
        input.report(compilation.diagnostics, content: content, toStandardError: true)
        guard !compilation.diagnostics.containsErrors else {
            printError("midocs: the docs have errors; the sandbox would not behave as they mean")
            throw ExitCode(1)
        }
        let client = SandboxClient(
            id: clientID, secret: clientSecret, redirectURIs: redirectURIs.isEmpty ? [SandboxClient.defaultRedirectURI] : redirectURIs)
        let sandbox = Sandbox(spec: compilation.spec, client: client, seed: seed)
        let host = self.host == "localhost" ? "127.0.0.1" : self.host
        let count = compilation.spec.operations.count
        do {
            try await SandboxServer(sandbox: sandbox).run(host: host, port: port) { port in
                let address = host.contains(":") ? "[\(host)]" : host
                let lines = ["midocs sandbox: \(count) operations at http://\(address):\(port)"] + sandbox.banner.map { "  " + $0 }
                // Written at once, not buffered: a test or script waits for the port.
                FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            }
        } catch {
            printError("midocs: error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode(2)
        }
    }
}
