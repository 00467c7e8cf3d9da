/// One page of the documentation set, from one Markdown file.
public struct Page: Sendable, Hashable, Codable {
    /// The file name without `.md`, which is also the HTML file name.
    public var slug: String
    public var title: String
    public var kind: PageKind
    public var file: String
    public var headings: [Heading]
    public var links: [Link]
    /// Ids that raw HTML gives (`<a id="x">`, `<a name="x">`), which links may target too;
    /// nil when there are none.
    public var anchors: [String]?
    public var location: SourceLocation

    public init(
        slug: String, title: String, kind: PageKind, file: String, headings: [Heading], links: [Link],
        anchors: [String]? = nil, location: SourceLocation
    ) {
        self.anchors = anchors
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
