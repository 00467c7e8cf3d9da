/// One request parameter of an operation, from a row of its parameter table.
public struct Parameter: Sendable, Hashable, Codable {
    /// Where a parameter travels, as the table's In column says.
    public enum Placement: String, Sendable, Hashable, Codable, CaseIterable {
        case query, header, form, fragment, callback
    }

    public var name: String
    public var placement: Placement
    public var isRequired: Bool
    /// Nil when the docs give a type midocs does not know; `typeName` keeps what they say.
    public var type: ValueType?
    public var typeName: String
    public var description: Text
    /// The one value the docs allow, as in "Fixed: `code`."
    public var fixedValue: String?
    public var location: SourceLocation

    enum CodingKeys: String, CodingKey {
        case name, placement = "in", isRequired = "required", type, typeName, description, fixedValue, location
    }

    public init(
        name: String, placement: Placement, isRequired: Bool, type: ValueType?, typeName: String,
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
