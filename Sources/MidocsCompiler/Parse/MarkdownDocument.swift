/// A content file parsed into a Markdown tree.
public struct MarkdownDocument: Sendable {
    public var file: SourceFile
    public var root: MarkdownNode
    /// True when the converter flattened nesting deeper than it keeps.
    public var wasFlattened: Bool

    public init(parsing file: SourceFile) {
        self.file = file
        let converted = CommonMarkConverter().convert(file.text, path: file.path)
        self.root = converted.root
        self.wasFlattened = converted.wasFlattened
    }

    /// The top-level blocks of the document, in order.
    public var blocks: [MarkdownNode] { root.children }
}
