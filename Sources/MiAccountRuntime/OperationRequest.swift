import Foundation

/// A documented call: its method, URL and parameters. Generated types conform.
public protocol OperationRequest: Sendable {
    static var method: String { get }
    /// The URL without its query: `https://open.account.xiaomi.com/user/profile`.
    static var endpoint: String { get }
    var queryParameters: QueryParameters { get }
}

/// A call answered by a JSON body, which a client can send and decode by type.
public protocol JSONOperationRequest: OperationRequest {
    associatedtype Success: JSONBodyResponse
    associatedtype Failure: JSONBodyResponse & Error
}

extension OperationRequest {
    /// The full URL with the query, percent-encoded. For the authorize operations this is
    /// the URL to open in the user's browser.
    public func makeURL() -> URL {
        let query = queryParameters.percentEncoded
        let text = query.isEmpty ? Self.endpoint : "\(Self.endpoint)?\(query)"
        guard let url = URL(string: text) else {
            preconditionFailure("the generated endpoint '\(Self.endpoint)' is not a URL")
        }
        return url
    }
}
