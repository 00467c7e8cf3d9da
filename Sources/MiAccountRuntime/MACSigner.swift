import Foundation
import MiAccountRules

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Signs Open API calls with the access token's MAC key, as the docs' MAC signature page
/// describes: HMAC-SHA1 over the normalised request, in an `Authorization: MAC ...` header.
public struct MACSigner: Sendable {
    public let accessToken: String
    public let macKey: String

    public init(accessToken: String, macKey: String) {
        self.accessToken = accessToken
        self.macKey = macKey
    }

    /// The `Authorization` header value for `request`.
    public func authorization<Request: OperationRequest>(for request: Request, nonce: Nonce = .make()) -> String {
        signature(for: request, nonce: nonce).authorizationHeader(accessToken: accessToken, key: macKey)
    }

    /// The request to send: the URL with its query and the signed `Authorization` header.
    public func signedRequest<Request: OperationRequest>(_ request: Request, nonce: Nonce = .make()) -> URLRequest {
        var urlRequest = URLRequest(url: request.makeURL())
        urlRequest.httpMethod = Request.method
        urlRequest.setValue(authorization(for: request, nonce: nonce), forHTTPHeaderField: "Authorization")
        return urlRequest
    }

    /// The parts that are signed: the query as it is sent, percent-encoded.
    public func signature<Request: OperationRequest>(for request: Request, nonce: Nonce) -> MACSignature {
        let url = URLComponents(string: Request.endpoint)
        return MACSignature(
            nonce: nonce.description, method: Request.method, host: url?.host ?? "", path: url?.path ?? "/",
            query: request.queryParameters.items.map {
                (QueryParameters.percentEncode($0.name), QueryParameters.percentEncode($0.value))
            })
    }
}
