import Foundation
import OpenAPIKit

/// How Mi Account guards its calls, as OpenAPI security schemes: `oauth2`, the grants that
/// issue the access token, with the scope table as its scopes; and `macSignature`, the MAC
/// signature each Open API request carries in its `Authorization` header.
struct MACSecurity: OpenAPISecurity {
    static let oauth2 = "oauth2"
    static let macSignature = "macSignature"

    let spec: Spec
    /// Found once: every endpoint asks whether there are flows.
    private let flows: OpenAPI.OAuthFlows?

    init(spec: Spec) {
        self.spec = spec
        self.flows = Self.makeFlows(spec)
    }

    func makeSchemes() -> OrderedDictionary<String, OpenAPI.SecurityScheme> {
        guard spec.operations.contains(where: { !$0.scopes.isEmpty }) else { return [:] }
        var schemes: OrderedDictionary<String, OpenAPI.SecurityScheme> = [:]
        if let flows {
            schemes[Self.oauth2] = .oauth2(
                flows: flows,
                description: "The OAuth 2.0 grants that issue the access token; each scope is a row of the scope table.")
        }
        schemes[Self.macSignature] = .apiKey(name: "Authorization", location: .header, description: Self.macDescription)
        return schemes
    }

    /// A call that names scopes needs a token granted those scopes *and* a request signed
    /// with the token's MAC key. Both go in one requirement object: two objects would mean
    /// that either one is enough.
    func requirements(for endpoint: OpenAPIEndpoint) -> [OpenAPI.SecurityRequirement]? {
        var scopes: [String] = []
        for scope in endpoint.variants.flatMap(\.scopes) where !scopes.contains(String(scope.id)) {
            scopes.append(String(scope.id))
        }
        guard !scopes.isEmpty else { return nil }
        var requirement: OpenAPI.SecurityRequirement = [.component(named: Self.macSignature): []]
        if flows != nil { requirement[.component(named: Self.oauth2)] = scopes }
        return [requirement]
    }

    /// The flows, found by the parameters RFC 6749 fixes: the authorization URL is where
    /// `response_type` is `code` (and `token` for the implicit grant); the token URL is where
    /// `grant_type` is `authorization_code`.
    private static func makeFlows(_ spec: Spec) -> OpenAPI.OAuthFlows? {
        let authorizationURL = url(spec, where: "response_type", is: "code")
        let tokenURL = url(spec, where: "grant_type", is: "authorization_code")
        let implicitURL = url(spec, where: "response_type", is: "token")
        let scopes = scopes(spec)
        var authorizationCode: OpenAPI.OAuthFlows.AuthorizationCode?
        if let authorizationURL, let tokenURL {
            authorizationCode = .init(authorizationUrl: authorizationURL, tokenUrl: tokenURL, scopes: scopes)
        }
        let implicit = implicitURL.map { OpenAPI.OAuthFlows.Implicit(authorizationUrl: $0, scopes: scopes) }
        guard authorizationCode != nil || implicit != nil else { return nil }
        return OpenAPI.OAuthFlows(implicit: implicit, authorizationCode: authorizationCode)
    }

    /// Scope ids and what they grant, in the table's order: "1": "The user's profile", ...
    private static func scopes(_ spec: Spec) -> OrderedDictionary<String, String> {
        var scopes: OrderedDictionary<String, String> = [:]
        for scope in spec.scopes.sorted(by: { $0.id < $1.id }) where scopes[String(scope.id)] == nil {
            scopes[String(scope.id)] = scope.description.plain
        }
        return scopes
    }

    private static func url(_ spec: Spec, where parameter: String, is value: String) -> URL? {
        let operation = spec.operations.first { $0.parameter(named: parameter)?.fixedValue == value }
        return operation?.url.flatMap { URL(string: $0.description) }
    }

    private static let macDescription = """
        Every Open API request is signed with the MAC key that came with the access token \
        (MAC access tokens, draft-ietf-oauth-v2-http-mac). The header is \
        `Authorization: MAC access_token="…", nonce="…", mac="…"`, where the nonce is \
        `<random number>:<minutes since 1970-01-01 00:00 UTC>` and \
        mac = Base64(HMAC-SHA1(mac_key, normalised request string)). The normalised string is \
        five lines, each ending in a line feed: the nonce, the method in upper case, the host, \
        the path, and the query parameters sorted by name, empty values left out, joined as \
        name=value with &. HMAC-SHA1 is the only algorithm supported.
        """
}
