import Foundation
import MiAccountRules

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Signs Open API calls with the access token's MAC key, as the docs' MAC signature page
/// describes: HMAC-SHA1 over the normalised request, in an `Authorization: MAC ...` header.
///
/// The query is signed as it is sent: percent-encoded the strict way (RFC 3986, only
/// letters, digits and `-._~` as they are), so `a b` is signed as `a%20b`. The host is the
/// one actually called, without its port, and the path includes a base URL's path.
public struct MACSigner: Sendable {
    public let accessToken: String
    public let macKey: String

    public init(accessToken: String, macKey: String) {
        self.accessToken = accessToken
        self.macKey = macKey
    }

    /// The `Authorization` header value for `request` sent to `servers`.
    public func authorization<Request: OperationRequest>(
        for request: Request, servers: MiAccountServers = .production, nonce: Nonce = .make()
    ) -> String {
        signature(for: request, servers: servers, nonce: nonce).authorizationHeader(accessToken: accessToken, key: macKey)
    }

    /// The request to send: the URL with its query and the signed `Authorization` header.
    public func signedRequest<Request: OperationRequest>(
        _ request: Request, servers: MiAccountServers = .production, nonce: Nonce = .make()
    ) -> URLRequest {
        var urlRequest = URLRequest(url: request.makeURL(servers: servers))
        urlRequest.httpMethod = Request.method
        urlRequest.setValue(authorization(for: request, servers: servers, nonce: nonce), forHTTPHeaderField: "Authorization")
        return urlRequest
    }

    /// The parts that are signed, read from the URL the request goes to.
    public func signature<Request: OperationRequest>(
        for request: Request, servers: MiAccountServers = .production, nonce: Nonce
    ) -> MACSignature {
        let url = URLComponents(url: request.makeURL(servers: servers), resolvingAgainstBaseURL: false)
        let path = url?.percentEncodedPath ?? ""
        return MACSignature(
            nonce: nonce.description, method: Request.method, host: url?.host ?? "", path: path.isEmpty ? "/" : path,
            query: MACSignature.parseQuery(url?.percentEncodedQuery ?? ""))
    }
}
