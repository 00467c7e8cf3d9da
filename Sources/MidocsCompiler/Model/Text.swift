/// Prose from the docs, kept both as written and as plain text.
public struct Text: Sendable, Hashable, Codable {
    /// The Markdown source, as the author wrote it: "See the [scope list](scope-list.md)."
    public var markdown: String
    /// What a reader sees: "See the scope list."
    public var plain: String

    public init(markdown: String, plain: String) {
        self.markdown = markdown
        self.plain = plain
    }

    public static let empty = Text(markdown: "", plain: "")
}
