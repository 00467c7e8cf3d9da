import Foundation

/// What the sandbox answers: a status, headers and a body, built from the docs.
public struct SandboxResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data
    /// URLs the sandbox calls (GET) after answering: a /checkPassword callback.
    public var deliveries: [String] = []

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON body, after the documented prefix when there is one.
    static func json(_ value: Any, status: Int, prefix: String? = nil) -> SandboxResponse {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return SandboxResponse(
            status: status, headers: ["Content-Type": "application/json; charset=utf-8"], body: Data((prefix ?? "").utf8) + data)
    }

    /// A 302 to `location`.
    static func redirect(to location: String) -> SandboxResponse {
        SandboxResponse(status: 302, headers: ["Location": location])
    }

    /// The body as text, for tests and logs.
    public var text: String { String(decoding: body, as: UTF8.self) }
}
