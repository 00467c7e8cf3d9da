/// A named value in a response: a JSON key, a redirect's query or fragment name, or a
/// callback parameter. `data` in the Open API envelope holds its own fields.
public struct Field: Sendable, Hashable, Codable {
    public var name: String
    public var type: ValueType?
    public var typeName: String
    /// Nil when the docs do not say.
    public var isRequired: Bool?
    public var description: Text
    public var fields: [Field]
    public var location: SourceLocation

    /// Required as far as the emitters go: unknown counts as optional.
    public var isDeclaredRequired: Bool { isRequired == true }

    enum CodingKeys: String, CodingKey {
        case name, type, typeName, isRequired = "required", description, fields, location
    }

    public init(
        name: String, type: ValueType?, typeName: String, isRequired: Bool?, description: Text,
        fields: [Field] = [], location: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.typeName = typeName
        self.isRequired = isRequired
        self.description = description
        self.fields = fields
        self.location = location
    }
}
