/// A heading of a page, with the id its anchor gets in the site.
public struct Heading: Sendable, Hashable, Codable {
    public var level: Int
    public var title: String
    /// GitHub's id for it: "Get the Profile!" is `get-the-profile`.
    public var id: String
    public var location: SourceLocation

    public init(level: Int, title: String, id: String, location: SourceLocation) {
        self.level = level
        self.title = title
        self.id = id
        self.location = location
    }
}
