/// One page of the documentation set, from one Markdown file.
public struct Page: Sendable, Hashable, Codable {
    /// The file name without `.md`, which is also the HTML file name.
    public var slug: String
    public var title: String
    public var kind: PageKind
    public var file: String
    public var headings: [Heading]
    public var links: [Link]
    public var location: SourceLocation

    public init(
        slug: String, title: String, kind: PageKind, file: String, headings: [Heading], links: [Link],
        location: SourceLocation
    ) {
        self.slug = slug
        self.title = title
        self.kind = kind
        self.file = file
        self.headings = headings
        self.links = links
        self.location = location
    }

    public var outputPath: String { "\(slug).html" }

    public func heading(withID id: String) -> Heading? {
        headings.first { $0.id == id }
    }
}
