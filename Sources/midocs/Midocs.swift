import ArgumentParser
import Foundation

@main
struct Midocs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "midocs",
        abstract: "Compiles a folder of Markdown API documentation into a checked site and spec.",
        subcommands: [Build.self, Check.self, SpecCommand.self, SwiftCommand.self, Inspect.self, Watch.self, Serve.self, SandboxCommand.self, DiffCommand.self, Sign.self, MCPCommand.self],
        defaultSubcommand: Build.self)

    /// Exit 0 on success, 1 when the docs have errors, 2 when midocs cannot run (including
    /// bad arguments, which ArgumentParser would end with 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let exitCode as ExitCode {
            exit(withError: exitCode)
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            printError(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}
