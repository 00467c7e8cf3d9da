/// One request parameter of an operation, from a row of its parameter table.
public struct Parameter: Sendable, Hashable, Codable {
    /// Where a parameter travels, as the table's In column says: `path` fills a `{name}`
    /// of the URL, `body` is a key of a JSON request body (nested keys joined by dots).
    public enum Placement: String, Sendable, Hashable, Codable, CaseIterable {
        case query, header, path, form, body, cookie, fragment, callback
    }

    public var name: String
    public var placement: Placement
    /// Nil when the docs do not say (no Required column).
    public var isRequired: Bool?
    /// Nil when the docs give a type midocs does not know; `typeName` keeps what they say.
    public var type: ValueType?
    public var typeName: String
    public var description: Text
    /// The one value the docs allow, as in "Fixed: `code`."
    public var fixedValue: String?
    public var location: SourceLocation

    /// Required as far as the emitters go: unknown counts as optional.
    public var isDeclaredRequired: Bool { isRequired == true }

    enum CodingKeys: String, CodingKey {
        case name, placement = "in", isRequired = "required", type, typeName, description, fixedValue, location
    }

    public init(
        name: String, placement: Placement, isRequired: Bool?, type: ValueType?, typeName: String,
        description: Text, fixedValue: String?, location: SourceLocation
    ) {
        self.name = name
        self.placement = placement
        self.isRequired = isRequired
        self.type = type
        self.typeName = typeName
        self.description = description
        self.fixedValue = fixedValue
        self.location = location
    }
}
