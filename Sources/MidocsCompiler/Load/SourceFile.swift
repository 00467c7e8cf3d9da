/// A Markdown file of the content folder: its path relative to that folder and its text.
public struct SourceFile: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The page slug: `open-api.md` is `open-api`, `guide/auth.md` is `guide/auth`.
    public var slug: String { Self.slug(ofPath: path) }

    /// The slug of the page in `path`, a path relative to the content folder. A folder's
    /// `README.md` is its index page, as GitHub and docsify show it.
    static func slug(ofPath path: String) -> String {
        guard let stem = pageStem(path) else { return path }
        let slash = stem.lastIndex(of: "/").map { stem.index(after: $0) } ?? stem.startIndex
        guard stem[slash...].lowercased() == "readme" else { return stem }
        return stem[..<slash] + "index"
    }

    /// The path without its Markdown extension (`.md`, `.markdown`); nil for another file.
    static func pageStem(_ path: String) -> String? {
        for suffix in [".md", ".markdown"] where path.hasSuffix(suffix) {
            return String(path.dropLast(suffix.count))
        }
        return nil
    }

    /// Whether the file at `path` is a page: Markdown anywhere in the content tree.
    static func isPage(_ path: String) -> Bool {
        pageStem(path) != nil
    }
}
