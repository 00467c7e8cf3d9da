/// One page of the documentation set, from one Markdown file.
public struct Page: Sendable, Hashable, Codable {
    /// The fields as spec.json writes them; kept in one box shared by copies.
    struct Fields: Sendable, Hashable, Codable {
        var slug: String
        var title: String
        var kind: PageKind
        var file: String
        var headings: [Heading]
        var links: [Link]
        var location: SourceLocation
    }

    private var storage: CopyOnWrite<Fields>

    /// The file name without `.md`, which is also the HTML file name.
    public var slug: String {
        get { storage.value.slug }
        _modify { yield &storage.value.slug }
    }

    public var title: String {
        get { storage.value.title }
        _modify { yield &storage.value.title }
    }

    public var kind: PageKind {
        get { storage.value.kind }
        _modify { yield &storage.value.kind }
    }

    public var file: String {
        get { storage.value.file }
        _modify { yield &storage.value.file }
    }

    public var headings: [Heading] {
        get { storage.value.headings }
        _modify { yield &storage.value.headings }
    }

    public var links: [Link] {
        get { storage.value.links }
        _modify { yield &storage.value.links }
    }

    public var location: SourceLocation {
        get { storage.value.location }
        _modify { yield &storage.value.location }
    }

    public init(
        slug: String, title: String, kind: PageKind, file: String, headings: [Heading], links: [Link],
        location: SourceLocation
    ) {
        storage = CopyOnWrite(Fields(slug: slug, title: title, kind: kind, file: file, headings: headings, links: links, location: location))
    }

    public init(from decoder: any Decoder) throws {
        storage = CopyOnWrite(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.value.encode(to: encoder)
    }

    public var outputPath: String { "\(slug).html" }

    public func heading(withID id: String) -> Heading? {
        headings.first { $0.id == id }
    }
}
