/// A worked MAC-signature example from the docs: the parts of a request, the key, and the
/// signature the page says they give. midocs recomputes it.
public struct SignatureExample: ProfileFact {
    public static let specKey = "signatureExamples"

    /// One value of the example's table, with where its text stands.
    public struct Part: Sendable, Hashable, Codable {
        public var value: String
        public var range: SourceRange

        public init(value: String, range: SourceRange) {
            self.value = value
            self.range = range
        }
    }

    public var method: Part
    public var host: Part
    public var path: Part
    public var query: Part
    public var nonce: Part
    public var key: Part
    public var signature: Part
    /// The normalised string as the page prints it, in the code block after the table.
    public var normalizedString: Part?
    public var location: SourceLocation

    public init(
        method: Part, host: Part, path: Part, query: Part, nonce: Part, key: Part, signature: Part,
        normalizedString: Part? = nil, location: SourceLocation
    ) {
        self.method = method
        self.host = host
        self.path = path
        self.query = query
        self.nonce = nonce
        self.key = key
        self.signature = signature
        self.normalizedString = normalizedString
        self.location = location
    }
}
