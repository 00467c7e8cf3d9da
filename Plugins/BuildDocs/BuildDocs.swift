import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory build-docs`: checks the package's
/// docs, writes the site, and regenerates the Swift client types, with the same midocs
/// the package depends on.
///
/// Options: `--content DIR` (default `content`), `--output DIR` (default `site`),
/// `--templates DIR` (default the package's `templates/`, else midocs' own),
/// `--swift-output DIR` (default `Sources/MiAccount/Generated` when that folder exists).
@main
struct BuildDocs: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var options = ArgumentExtractor(arguments)
        let root = context.package.directoryURL
        let content = options.extractOption(named: "content").last ?? "content"
        let output = options.extractOption(named: "output").last ?? "site"
        let templates = options.extractOption(named: "templates").last ?? templatesFolder(context).path
        let defaultSwiftOutput = "Sources/MiAccount/Generated"
        let swiftOutput = options.extractOption(named: "swift-output").last
            ?? (FileManager.default.fileExists(atPath: root.appending(path: defaultSwiftOutput).path) ? defaultSwiftOutput : nil)

        let midocs = try context.tool(named: "midocs").url
        try run(midocs, ["build", "--content", content, "--templates", templates, "--output", output], in: root)
        if let swiftOutput {
            try run(midocs, ["swift", "--content", content, "--output", swiftOutput], in: root)
        }
    }

    /// The package's own templates, or those that come with midocs.
    private func templatesFolder(_ context: PluginContext) -> URL {
        let own = context.package.directoryURL.appending(path: "templates")
        if FileManager.default.fileExists(atPath: own.path) { return own }
        let midocs = context.package.dependencies.map(\.package).first { $0.id == "midocs" || $0.displayName == "midocs" }
        return (midocs?.directoryURL ?? context.package.directoryURL).appending(path: "templates")
    }

    private func run(_ tool: URL, _ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("midocs \(arguments.first ?? "") failed with exit status \(process.terminationStatus)")
            throw CommandError.failed(arguments.first ?? "")
        }
    }

    enum CommandError: Error {
        case failed(String)
    }
}
