/// One documented call of the service: an HTTP method on a URL, with its parameters and
/// responses.
public struct Operation: Sendable, Hashable, Codable {
    /// The fields as spec.json writes them; kept in one box shared by copies.
    struct Fields: Sendable, Hashable, Codable {
        var id: String
        var title: String
        var page: String
        var anchor: String
        var method: HTTPMethod?
        var url: OperationURL?
        var summary: Text
        var scopes: [ScopeReference]
        var parameters: [Parameter]
        var responses: [Response]
        var rateLimit: String?
        var discriminator: Discriminator?
        var errorCodes: [Int]
        var location: SourceLocation
    }

    private var storage: CopyOnWrite<Fields>

    /// Stable across builds: the page slug and the heading id, `open-api.get-the-profile`.
    public var id: String {
        get { storage.value.id }
        _modify { yield &storage.value.id }
    }

    public var title: String {
        get { storage.value.title }
        _modify { yield &storage.value.title }
    }

    public var page: String {
        get { storage.value.page }
        _modify { yield &storage.value.page }
    }

    /// The id of the operation's heading, for links to it.
    public var anchor: String {
        get { storage.value.anchor }
        _modify { yield &storage.value.anchor }
    }

    public var method: HTTPMethod? {
        get { storage.value.method }
        _modify { yield &storage.value.method }
    }

    public var url: OperationURL? {
        get { storage.value.url }
        _modify { yield &storage.value.url }
    }

    /// The prose between the heading and the first label or section.
    public var summary: Text {
        get { storage.value.summary }
        _modify { yield &storage.value.summary }
    }

    public var scopes: [ScopeReference] {
        get { storage.value.scopes }
        _modify { yield &storage.value.scopes }
    }

    public var parameters: [Parameter] {
        get { storage.value.parameters }
        _modify { yield &storage.value.parameters }
    }

    public var responses: [Response] {
        get { storage.value.responses }
        _modify { yield &storage.value.responses }
    }

    public var rateLimit: String? {
        get { storage.value.rateLimit }
        _modify { yield &storage.value.rateLimit }
    }

    /// Set when another operation shares this one's method and URL.
    public var discriminator: Discriminator? {
        get { storage.value.discriminator }
        _modify { yield &storage.value.discriminator }
    }

    /// The error codes of the error table that the operation's section cites.
    public var errorCodes: [Int] {
        get { storage.value.errorCodes }
        _modify { yield &storage.value.errorCodes }
    }

    public var location: SourceLocation {
        get { storage.value.location }
        _modify { yield &storage.value.location }
    }

    public init(
        id: String, title: String, page: String, anchor: String, method: HTTPMethod? = nil,
        url: OperationURL? = nil, summary: Text = .empty, scopes: [ScopeReference] = [],
        parameters: [Parameter] = [], responses: [Response] = [], rateLimit: String? = nil,
        discriminator: Discriminator? = nil, errorCodes: [Int] = [], location: SourceLocation
    ) {
        storage = CopyOnWrite(
            Fields(
                id: id, title: title, page: page, anchor: anchor, method: method, url: url, summary: summary, scopes: scopes, parameters: parameters, responses: responses, rateLimit: rateLimit, discriminator: discriminator, errorCodes: errorCodes, location: location))
    }

    public init(from decoder: any Decoder) throws {
        storage = CopyOnWrite(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.value.encode(to: encoder)
    }

    public func parameter(named name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }

    public func responses(_ outcome: Response.Outcome) -> [Response] {
        responses.filter { $0.outcome == outcome }
    }
}
