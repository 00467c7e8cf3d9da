import Foundation
import PackagePlugin

/// Generates a target's Swift client types from a docs folder at build time, as
/// swift-openapi-generator's plugin does. The target holds a `midocs.yml` naming the docs
/// folder, relative to the package:
///
///     content: docs
///
/// and depends on the `MiAccountRuntime` library, which the generated code builds on.
@main
struct GenerateMiAccountTypes: BuildToolPlugin {
    enum ConfigurationError: Error, CustomStringConvertible {
        case missingContent(String)

        var description: String {
            switch self {
            case .missingContent(let path): return "\(path) has no 'content: FOLDER' line naming the docs folder"
            }
        }
    }

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let configuration = target.directoryURL.appending(path: "midocs.yml")
        guard FileManager.default.fileExists(atPath: configuration.path) else {
            Diagnostics.warning("target '\(target.name)' uses GenerateMiAccountTypes but has no midocs.yml")
            return []
        }
        let docs = context.package.directoryURL.appending(path: try contentFolder(in: configuration))
        let output = context.pluginWorkDirectoryURL.appending(path: "\(target.name)Generated.swift")
        return [
            .buildCommand(
                displayName: "Generating Swift types for \(target.name) from \(docs.lastPathComponent)/",
                executable: try context.tool(named: "midocs").url,
                arguments: ["swift", "--content", docs.path, "--single-file", output.path],
                inputFiles: [configuration] + files(in: docs),
                outputFiles: [output])
        ]
    }

    /// Reads `content: docs` from the small configuration file.
    private func contentFolder(in configuration: URL) throws -> String {
        let text = try String(contentsOf: configuration, encoding: .utf8)
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "content" else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if !value.isEmpty { return value }
        }
        throw ConfigurationError.missingContent(configuration.path)
    }

    /// Every file of the docs folder, so that editing any of them regenerates the types.
    private func files(in folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(url)
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
