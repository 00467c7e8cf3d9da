import Foundation

/// A documented call: its method, URL and parameters. Generated types conform.
public protocol OperationRequest: Sendable {
    static var method: String { get }
    /// The URL without its query: `https://open.account.xiaomi.com/user/profile`.
    static var endpoint: String { get }
    var queryParameters: QueryParameters { get }
    /// The values of the endpoint's `{name}` path parameters.
    var pathParameters: QueryParameters { get }
    /// The parameters sent as a JSON body.
    var bodyParameters: JSONBody { get }
}

/// A call answered by a JSON body, which a client can send and decode by type.
public protocol JSONOperationRequest: OperationRequest {
    associatedtype Success: JSONBodyResponse
    associatedtype Failure: JSONBodyResponse & FailureAnswer
}

extension OperationRequest {
    public var pathParameters: QueryParameters { QueryParameters() }
    public var bodyParameters: JSONBody { JSONBody() }

    /// The endpoint with each `{name}` replaced by its value, percent-encoded (a `/` in a
    /// value cannot make another path).
    public var resolvedEndpoint: String {
        var endpoint = Self.endpoint
        for item in pathParameters.items {
            endpoint = endpoint.replacingOccurrences(of: "{\(item.name)}", with: QueryParameters.percentEncode(item.value))
        }
        return endpoint
    }

    /// The full URL with the query, percent-encoded, on the server `servers` gives for the
    /// endpoint's host. For the authorize operations this is the URL to open in the browser.
    public func makeURL(servers: MiAccountServers = .production) -> URL {
        let query = queryParameters.percentEncoded
        let endpoint = servers.url(for: resolvedEndpoint)
        let text = query.isEmpty ? endpoint : "\(endpoint)?\(query)"
        guard let url = URL(string: text) else {
            preconditionFailure("the generated endpoint '\(Self.endpoint)' is not a URL")
        }
        return url
    }
}
