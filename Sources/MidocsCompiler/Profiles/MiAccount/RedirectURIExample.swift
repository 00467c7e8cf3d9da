/// A row of the docs' redirect-URI table: a registered URI, one sent in a request, and
/// whether the page says the service accepts it. midocs checks each row against the rule.
public struct RedirectURIExample: ProfileFact {
    public static let specKey = "redirectURIExamples"

    public var registered: String
    public var requested: String
    public var isAccepted: Bool
    /// Where the row says yes or no.
    public var verdictRange: SourceRange
    public var location: SourceLocation

    public init(registered: String, requested: String, isAccepted: Bool, verdictRange: SourceRange, location: SourceLocation) {
        self.registered = registered
        self.requested = requested
        self.isAccepted = isAccepted
        self.verdictRange = verdictRange
        self.location = location
    }
}
