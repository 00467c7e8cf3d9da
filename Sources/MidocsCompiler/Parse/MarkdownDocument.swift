/// A content file parsed into a Markdown tree.
public struct MarkdownDocument: Sendable {
    public var file: SourceFile
    public var root: MarkdownNode
    /// True when the converter flattened nesting deeper than it keeps.
    public var wasFlattened: Bool
    /// The title its front matter gives (`title: Build Info`), if it has one.
    public var frontMatterTitle: String?
    /// The endpoint its front matter declares (`method:` and `route:`), if any.
    public var frontMatterEndpoint: FrontMatterEndpoint?

    public init(parsing file: SourceFile) {
        self.file = file
        var text = file.text
        if let (frontMatter, rest) = FrontMatter.split(text) {
            frontMatterTitle = frontMatter.title
            frontMatterEndpoint = frontMatter.endpoint
            text = rest
        }
        let opened = MkDocsContainers.opened(text)
        if let opened { text = opened.text }
        let converted = CommonMarkConverter().convert(text, path: file.path)
        self.root = opened.map { MkDocsContainers.restoringColumns(converted.root, removed: $0.removed) } ?? converted.root
        self.wasFlattened = converted.wasFlattened
    }

    /// The top-level blocks of the document, in order.
    public var blocks: [MarkdownNode] { root.children }
}
