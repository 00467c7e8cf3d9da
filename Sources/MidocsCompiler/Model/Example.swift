/// A fenced example in the docs, exactly as written.
public struct Example: Sendable, Hashable, Codable {
    /// The fence's language, such as `json`, `text` or `http`; empty when none is given.
    public var language: String
    public var text: String
    /// Where the fence starts.
    public var location: SourceLocation

    public init(language: String, text: String, location: SourceLocation) {
        self.language = language
        self.text = text
        self.location = location
    }
}
