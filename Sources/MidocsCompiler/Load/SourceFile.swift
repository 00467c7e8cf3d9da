/// A Markdown file of the content folder: its path relative to that folder and its text.
public struct SourceFile: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The page slug: `open-api.md` is `open-api`.
    public var slug: String {
        path.hasSuffix(".md") ? String(path.dropLast(3)) : path
    }

    /// The text of a line, counted from 1, for showing under a diagnostic.
    public func line(_ number: Int) -> Substring? {
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        return text[start..<end]
    }
}
