import ArgumentParser
import Foundation
import MidocsCompiler
import MidocsMCP

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `midocs mcp`: the docs for AI agents, as an MCP server over standard input and output.
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serves the checked docs to AI agents: an MCP server over standard input and output.",
        discussion: """
            Tools search the docs, list and look up operations, scopes and error codes, and list the \
            diagnostics; with the Mi Account profile, sign_request and check_redirect_uri run the service's \
            own rules. Every page's Markdown twin is a resource. The docs are read at start and again when a \
            file under the content or templates folder changes; docs with errors are served too. Standard \
            output carries protocol messages alone; everything else goes to standard error.
            """)

    /// What the server calls itself to clients.
    static let version = "1.0.0"

    @Option(help: "The folder of Markdown pages and site.yml.")
    var content = "content"

    @Option(help: "The folder of Mustache templates; their problems are listed with the docs'.")
    var templates = "templates"

    @Option(help: "Without inotify (other systems), how often to look for changes, in milliseconds.")
    var interval = 300

    func run() async throws {
        // Standard output is the protocol's alone: the server writes to a copy of it, and
        // anything else that writes to it is sent to standard error.
        let protocolOutput = dup(STDOUT_FILENO)
        guard protocolOutput >= 0, dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
            printError("midocs: error: cannot set standard output aside for the protocol")
            throw ExitCode(2)
        }
        // A client that goes away is an error to write, not a signal that ends the process.
        signal(SIGPIPE, SIG_IGN)

        let loader = ContentLoader(contentFolder: URL(fileURLWithPath: content), templatesFolder: URL(fileURLWithPath: templates))
        let docs: AgentDocs
        let firstCache: LoadCache
        do {
            let (loaded, cache) = try loader.load(reusing: LoadCache())
            (docs, firstCache) = (compileForAgents(loaded), cache)
        } catch {
            printError("midocs: error: \(error)")
            throw ExitCode(2)
        }
        printError("midocs mcp: serving " + Self.describe(docs))
        let server = DocsServer(docs, contentPath: content, version: Self.version)
        let folders = [URL(fileURLWithPath: content), URL(fileURLWithPath: templates)]
        let loop = WatchLoop(folders: folders, interval: interval)
        let contentPath = content
        let watcher = Thread {
            var cache = firstCache
            loop.run { changed in
                let docs: AgentDocs
                do {
                    let (loaded, newCache) = try loader.load(reusing: cache, changed: changed)
                    (docs, cache) = (compileForAgents(loaded), newCache)
                } catch {
                    printError("midocs mcp: \(WatchLoop.describe(changed)): cannot read the docs (\(error)); still serving the last ones")
                    return
                }
                let done = DispatchSemaphore(value: 0)
                Task {
                    await server.reload(docs, contentPath: contentPath)
                    done.signal()
                }
                done.wait()
                printError("midocs mcp: \(WatchLoop.describe(changed)): serving " + Self.describe(docs))
            }
        }
        watcher.name = "midocs mcp watcher"
        watcher.start()
        do {
            try await server.run(input: STDIN_FILENO, output: protocolOutput)
        } catch {
            printError("midocs: error: \(error)")
            throw ExitCode(1)
        }
    }

    /// `13 pages and 10 operations of "Mi Account developer documentation" (0 errors, 0 warnings)`.
    static func describe(_ docs: AgentDocs) -> String {
        let errors = docs.diagnostics.filter { $0.severity == .error }.count
        let warnings = docs.diagnostics.filter { $0.severity == .warning }.count
        return "\(docs.twins.count) pages and \(docs.spec.operations.count) operations of \"\(docs.spec.title)\" "
            + "(\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"))"
    }
}
