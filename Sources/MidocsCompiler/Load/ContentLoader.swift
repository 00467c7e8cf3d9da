import Foundation

/// Reads the content folder and the templates folder into a `Content` value. The only
/// stage that reads the disk.
public struct ContentLoader: Sendable {
    /// Why the compiler cannot start at all; everything else is a diagnostic.
    public enum Failure: Error, CustomStringConvertible {
        case missingFolder(String)

        public var description: String {
            switch self {
            case .missingFolder(let path): return "no such folder: \(path)"
            }
        }
    }

    public var contentFolder: URL
    public var templatesFolder: URL

    public init(contentFolder: URL, templatesFolder: URL) {
        self.contentFolder = contentFolder.standardizedFileURL
        self.templatesFolder = templatesFolder.standardizedFileURL
    }

    public func load() throws -> Content {
        var diagnostics: [Diagnostic] = []
        var files: [SourceFile] = []
        var assets: [Asset] = []
        var configuration = SiteConfiguration()

        for path in try relativeFilePaths(in: contentFolder) {
            let url = contentFolder.appendingPathComponent(path)
            guard let data = read(url, path: path, diagnostics: &diagnostics) else { continue }
            if path == SiteConfiguration.fileName {
                let text = decode(data, path: path, diagnostics: &diagnostics) ?? ""
                let (parsed, problems) = SiteConfiguration.parse(text, path: path)
                configuration = parsed
                diagnostics += problems
            } else if path.hasSuffix(".md") && !path.contains("/") {
                if let text = decode(data, path: path, diagnostics: &diagnostics) {
                    files.append(SourceFile(path: path, text: text))
                }
            } else {
                assets.append(Asset(path: path, data: data))
            }
        }
        return Content(
            files: files, assets: assets, configuration: configuration, theme: try loadTheme(),
            diagnostics: diagnostics)
    }

    private func loadTheme() throws -> Theme {
        var templates: [String: String] = [:]
        var staticFiles: [Asset] = []
        for path in try relativeFilePaths(in: templatesFolder) {
            let url = templatesFolder.appendingPathComponent(path)
            let data = try Data(contentsOf: url)
            if path.hasSuffix(".mustache") && !path.contains("/") {
                templates[String(path.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
            } else if path.hasPrefix("static/") {
                staticFiles.append(Asset(path: path, data: data))
            }
        }
        return Theme(templates: templates, staticFiles: staticFiles)
    }

    /// Every regular file below `folder`, as sorted relative paths; hidden files are skipped.
    private func relativeFilePaths(in folder: URL) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw Failure.missingFolder(folder.path)
        }
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else {
            throw Failure.missingFolder(folder.path)
        }
        var paths: [String] = []
        for case let path as String in enumerator {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            var isFolder: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    private func read(_ url: URL, path: String, diagnostics: inout [Diagnostic]) -> Data? {
        do {
            return try Data(contentsOf: url)
        } catch {
            diagnostics.append(
                Diagnostic(
                    .error, code: "unreadable-file",
                    message: "cannot read '\(path)'; check its permissions",
                    range: SourceRange(start: SourceLocation(file: path, line: 1, column: 1), length: 0)))
            return nil
        }
    }

    private func decode(_ data: Data, path: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(
                Diagnostic(
                    .error, code: "not-utf8",
                    message: "'\(path)' is not UTF-8 text; save it as UTF-8",
                    range: SourceRange(start: SourceLocation(file: path, line: 1, column: 1), length: 0)))
            return nil
        }
        return text
    }
}
