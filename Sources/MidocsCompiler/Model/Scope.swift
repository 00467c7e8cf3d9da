/// A row of the scope table: a permission an app can ask the user for.
public struct Scope: Sendable, Hashable, Codable {
    public var id: Int
    public var description: Text
    /// What the table names in its API column: paths such as `/user/profile`, or services
    /// such as `Mi Cloud`.
    public var apis: [APIReference]
    public var location: SourceLocation

    /// One entry of the API column, with where it was written.
    public struct APIReference: Sendable, Hashable, Codable {
        public var name: String
        /// True for a path (written in a code span and starting with `/`), false for a service.
        public var isPath: Bool
        public var range: SourceRange

        public init(name: String, isPath: Bool, range: SourceRange) {
            self.name = name
            self.isPath = isPath
            self.range = range
        }
    }

    public init(id: Int, description: Text, apis: [APIReference], location: SourceLocation) {
        self.id = id
        self.description = description
        self.apis = apis
        self.location = location
    }
}
