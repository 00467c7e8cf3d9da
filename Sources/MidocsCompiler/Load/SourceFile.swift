/// A Markdown file of the content folder: its path relative to that folder and its text.
public struct SourceFile: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The page slug: `open-api.md` is `open-api`.
    public var slug: String { Self.slug(ofPath: path) }

    /// The slug of the page in `path`, a path relative to the content folder.
    static func slug(ofPath path: String) -> String {
        path.hasSuffix(".md") ? String(path.dropLast(3)) : path
    }
}
