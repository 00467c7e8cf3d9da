import Foundation

/// Reads the content folder and the templates folder into a `Content` value. The only
/// stage that reads the disk.
public struct ContentLoader: Sendable {
    /// Why the compiler cannot start at all; everything else is a diagnostic.
    public enum Failure: Error, CustomStringConvertible {
        case missingFolder(String)
        case unreadableFolder(String)

        public var description: String {
            switch self {
            case .missingFolder(let path): return "no such folder: \(path)"
            case .unreadableFolder(let path): return "cannot read the folder \(path); check its permissions"
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
        try load(reusing: LoadCache(), keeping: false).content
    }

    /// Reads again only what changed since `earlier`. With `changed`, the absolute paths
    /// a file watcher reported, no other file is looked at; without, every file's size,
    /// modification time and inode are compared with `earlier`'s.
    /// The cache holds every file's bytes, so it is filled only when `keeping`.
    public func load(
        reusing earlier: LoadCache, changed: Set<String>? = nil, keeping: Bool = true
    ) throws -> (content: Content, cache: LoadCache) {
        if let changed, earlier.wasClean, let reloaded = reload(earlier, changed: changed) { return reloaded }
        var diagnostics: [Diagnostic] = []
        var files: [SourceFile] = []
        var assets: [Asset] = []
        var configuration = SiteConfiguration()
        var cache = LoadCache()

        // Files are stamped, read and decoded on all cores, then put together in order.
        let paths = try relativeFilePaths(in: contentFolder, diagnostics: &diagnostics)
        let loaded = paths.parallelMap { path in load(path, reusing: earlier) }
        for (path, file) in zip(paths, loaded) {
            diagnostics += file.problems
            if keeping, let entry = file.entry { cache.entries[path] = entry }
            if path == SiteConfiguration.fileName {
                let (parsed, problems) = SiteConfiguration.parse(file.text ?? "", path: path)
                configuration = parsed
                diagnostics += problems
            } else if Self.isPage(path) {
                if let text = file.text { files.append(SourceFile(path: path, text: text)) }
            } else if let data = file.data {
                assets.append(Asset(path: path, data: data))
            }
        }
        files = Self.withoutShadowedReadmes(files, diagnostics: &diagnostics)
        let content = Content(
            files: files, assets: assets, configuration: configuration, theme: try loadTheme(diagnostics: &diagnostics),
            diagnostics: diagnostics)
        cache.configuration = content.configuration
        cache.theme = content.theme
        cache.wasClean = diagnostics.isEmpty
        return (content, cache)
    }

    /// One file as read: its entry (nil when unreadable), its text when it is a page or the
    /// configuration and decodes, and what is wrong with it.
    private struct LoadedFile: Sendable {
        var data: Data?
        /// What the next load can reuse; none for the configuration, which is always read.
        var entry: LoadCache.Entry?
        var text: String?
        var problems: [Diagnostic] = []
    }

    private func load(_ path: String, reusing earlier: LoadCache) -> LoadedFile {
        let url = contentFolder.appendingPathComponent(path)
        let hasText = Self.isPage(path) || path == SiteConfiguration.fileName
        let stamp = LoadCache.Stamp(path: url.path)
        if path != SiteConfiguration.fileName, let stamp, let entry = earlier.entries[path], entry.stamp == stamp,
            !hasText || entry.text != nil
        {
            return LoadedFile(data: entry.data, entry: entry, text: entry.text)
        }
        var file = LoadedFile()
        guard let data = read(url, path: path, diagnostics: &file.problems) else { return file }
        file.data = data
        let text = hasText ? decode(data, path: path, diagnostics: &file.problems) : nil
        guard path != SiteConfiguration.fileName else {
            file.text = text ?? ""
            return file
        }
        file.text = text
        // A page that does not decode is not kept, so that the next load reports it again.
        if let stamp, !Self.isPage(path) || text != nil { file.entry = LoadCache.Entry(stamp: stamp, data: data, text: text) }
        return file
    }

    /// The earlier load with the changed files read again, or nil when a change needs a
    /// whole load: anything but a plain file or a removal, or a file that does not decode.
    private func reload(_ earlier: LoadCache, changed: Set<String>) -> (content: Content, cache: LoadCache)? {
        guard var configuration = earlier.configuration, var theme = earlier.theme else { return nil }
        var cache = earlier
        let contentRoot = contentFolder.path + "/"
        let templatesRoot = templatesFolder.path + "/"
        for path in changed.sorted() {
            if path.hasPrefix(templatesRoot) || path == templatesFolder.path {
                var problems: [Diagnostic] = []
                guard let loaded = try? loadTheme(diagnostics: &problems), problems.isEmpty else { return nil }
                theme = loaded
                continue
            }
            guard path.hasPrefix(contentRoot) else { return nil }
            let relative = String(path.dropFirst(contentRoot.count))
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var info = stat()
            guard lstat(path, &info) == 0 else {
                // Removed; without site.yml the configuration is the default one: load whole.
                guard relative != SiteConfiguration.fileName else { return nil }
                cache.entries[relative] = nil
                continue
            }
            guard info.st_mode & S_IFMT == S_IFREG, let stamp = LoadCache.Stamp(path: path),
                let data = try? Data(contentsOf: URL(fileURLWithPath: path))
            else { return nil }
            var problems: [Diagnostic] = []
            if relative == SiteConfiguration.fileName {
                guard let text = decode(data, path: relative, diagnostics: &problems) else { return nil }
                let (parsed, configurationProblems) = SiteConfiguration.parse(text, path: relative)
                guard configurationProblems.isEmpty else { return nil }
                configuration = parsed
            } else if Self.isPage(relative) {
                guard let text = decode(data, path: relative, diagnostics: &problems) else { return nil }
                cache.entries[relative] = LoadCache.Entry(stamp: stamp, data: data, text: text)
            } else {
                cache.entries[relative] = LoadCache.Entry(stamp: stamp, data: data)
            }
        }
        var files: [SourceFile] = []
        var assets: [Asset] = []
        for (path, entry) in cache.entries.sorted(by: { $0.key < $1.key }) {
            if let text = entry.text {
                files.append(SourceFile(path: path, text: text))
            } else {
                assets.append(Asset(path: path, data: entry.data))
            }
        }
        // A README beside an index page is reported by a whole load.
        var shadowed: [Diagnostic] = []
        files = Self.withoutShadowedReadmes(files, diagnostics: &shadowed)
        guard shadowed.isEmpty else { return nil }
        cache.configuration = configuration
        cache.theme = theme
        return (Content(files: files, assets: assets, configuration: configuration, theme: theme), cache)
    }

    /// Pages are the Markdown files anywhere in the content tree; the rest are assets.
    private static func isPage(_ path: String) -> Bool {
        SourceFile.isPage(path)
    }

    /// A folder's `README.md` is its index page unless the folder has an `index.md`, which
    /// wins: GitHub shows the README, the docs site the index.
    static func withoutShadowedReadmes(_ files: [SourceFile], diagnostics: inout [Diagnostic]) -> [SourceFile] {
        let indexes = Set(files.filter { !isReadme($0.path) }.map(\.slug))
        return files.filter { file in
            guard isReadme(file.path), indexes.contains(file.slug) else { return true }
            diagnostics.append(
                Diagnostic(
                    DiagnosticCode.readmeBesideIndex.defaultSeverity, code: .readmeBesideIndex,
                    message: "'\(file.path)' and '\(file.slug).md' are both this folder's index page; midocs uses the index and leaves the README out of the site",
                    range: SourceRange(start: SourceLocation(file: file.path, line: 1, column: 1), length: 0)))
            return false
        }
    }

    private static func isReadme(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        return name == "readme.md" || name == "readme.markdown"
    }

    /// The templates; none when the folder is missing, which only `build` needs.
    private func loadTheme(diagnostics: inout [Diagnostic]) throws -> Theme {
        guard FileManager.default.fileExists(atPath: templatesFolder.path) else {
            return Theme(templates: [:], staticFiles: [])
        }
        var templates: [String: String] = [:]
        var staticFiles: [Asset] = []
        for path in try relativeFilePaths(in: templatesFolder, diagnostics: &diagnostics) {
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
    /// Symbolic links are followed only to files inside `folder`; anything else that is not
    /// a regular file (a FIFO would block the build) is reported and skipped.
    private func relativeFilePaths(in folder: URL, diagnostics: inout [Diagnostic]) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw Failure.missingFolder(folder.path)
        }
        guard FileManager.default.isReadableFile(atPath: folder.path), let entries = FolderListing.entries(in: folder.path) else {
            throw Failure.unreadableFolder(folder.path)
        }
        let root = folder.resolvingSymlinksInPath().path
        var paths: [String] = []
        for entry in entries {
            let path = entry.path
            let full = folder.appendingPathComponent(path)
            switch entry.kind {
            case .file:
                paths.append(path)
            case .folder:
                continue
            case .symbolicLink:
                if let problem = Self.symbolicLinkProblem(full, root: root) {
                    diagnostics.append(fileProblem(problem.code, problem.message(path), path: path))
                } else {
                    var isFolder: ObjCBool = false
                    if FileManager.default.fileExists(atPath: full.path, isDirectory: &isFolder), !isFolder.boolValue {
                        paths.append(path)
                    }
                }
            case .other:
                diagnostics.append(
                    fileProblem(.notARegularFile, "'\(path)' is not a regular file; midocs skips it", path: path))
            }
        }
        return paths.sorted()
    }

    /// Why a symbolic link cannot be followed: a loop, a missing target, or a target outside
    /// the content folder.
    private static func symbolicLinkProblem(_ url: URL, root: String) -> (code: DiagnosticCode, message: (String) -> String)? {
        guard let resolved = realpath(url.path, nil) else {
            return (.brokenSymlink, { "'\($0)' is a symbolic link that leads nowhere (a loop, or a missing target); fix or remove it" })
        }
        defer { free(resolved) }
        let target = String(cString: resolved)
        guard target == root || target.hasPrefix(root + "/") else {
            return (.linkOutsideContent, { "'\($0)' links to '\(target)', outside the content folder; copy the file in instead" })
        }
        return nil
    }

    private func fileProblem(_ code: DiagnosticCode, _ message: String, path: String) -> Diagnostic {
        Diagnostic(
            code.defaultSeverity, code: code, message: message,
            range: SourceRange(start: SourceLocation(file: path, line: 1, column: 1), length: 0))
    }

    private func read(_ url: URL, path: String, diagnostics: inout [Diagnostic]) -> Data? {
        do {
            return try Data(contentsOf: url)
        } catch {
            diagnostics.append(fileProblem(.unreadableFile, "cannot read '\(path)'; check its permissions", path: path))
            return nil
        }
    }

    private func decode(_ data: Data, path: String, diagnostics: inout [Diagnostic]) -> String? {
        // Looked for in the raw bytes: Data's own iterator takes a call per byte.
        if data.withUnsafeBytes({ $0.contains(0) }) {
            diagnostics.append(fileProblem(.binaryFile, "'\(path)' holds binary data (NUL bytes), not Markdown text; remove it or rename it", path: path))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(fileProblem(.notUTF8, "'\(path)' is not UTF-8 text; save it as UTF-8", path: path))
            return nil
        }
        return text
    }
}
