/// One documented call of the service: an HTTP method on a URL, with its parameters and
/// responses.
public struct Operation: Sendable, Hashable, Codable {
    /// Stable across builds: the page slug and the heading id, `open-api.get-the-profile`.
    public var id: String
    public var title: String
    public var page: String
    /// The id of the operation's heading, for links to it.
    public var anchor: String
    public var method: HTTPMethod?
    public var url: OperationURL?
    /// The prose between the heading and the first label or section.
    public var summary: Text
    public var scopes: [ScopeReference]
    public var parameters: [Parameter]
    public var responses: [Response]
    public var rateLimit: String?
    /// Set when another operation shares this one's method and URL.
    public var discriminator: Discriminator?
    /// The error codes of the error table that the operation's section cites.
    public var errorCodes: [Int]
    public var location: SourceLocation

    public init(
        id: String, title: String, page: String, anchor: String, method: HTTPMethod? = nil,
        url: OperationURL? = nil, summary: Text = .empty, scopes: [ScopeReference] = [],
        parameters: [Parameter] = [], responses: [Response] = [], rateLimit: String? = nil,
        discriminator: Discriminator? = nil, errorCodes: [Int] = [], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.page = page
        self.anchor = anchor
        self.method = method
        self.url = url
        self.summary = summary
        self.scopes = scopes
        self.parameters = parameters
        self.responses = responses
        self.rateLimit = rateLimit
        self.discriminator = discriminator
        self.errorCodes = errorCodes
        self.location = location
    }

    public func parameter(named name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }

    public func responses(_ outcome: Response.Outcome) -> [Response] {
        responses.filter { $0.outcome == outcome }
    }
}
