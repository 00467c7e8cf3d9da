/// A row of the error-code table.
public struct ErrorCode: Sendable, Hashable, Codable {
    public var code: Int
    /// The constant's name, such as `OA_INVALID_CODE`.
    public var name: String
    public var description: Text
    public var location: SourceLocation

    public init(code: Int, name: String, description: Text, location: SourceLocation) {
        self.code = code
        self.name = name
        self.description = description
        self.location = location
    }
}
