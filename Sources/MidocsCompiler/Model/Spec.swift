/// The typed model of the whole documentation set: what every emitter reads.
public struct Spec: Sendable, Hashable, Codable {
    /// The version of the JSON shape, raised when a field changes meaning or goes away.
    public static let formatVersion = 1

    public var version: Int
    public var title: String
    public var pages: [Page]

    public init(title: String, pages: [Page]) {
        self.version = Self.formatVersion
        self.title = title
        self.pages = pages
    }

    public func page(_ slug: String) -> Page? {
        pages.first { $0.slug == slug }
    }
}
