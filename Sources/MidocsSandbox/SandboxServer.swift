import FlyingFox
import FlyingSocks
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Serves a `Sandbox` over HTTP with FlyingFox, on the one address given (loopback by
/// default), and makes the deliveries it asks for (a /checkPassword callback).
public struct SandboxServer: Sendable {
    public let sandbox: Sandbox

    public init(sandbox: Sandbox) {
        self.sandbox = sandbox
    }

    /// Listens on `host`:`port` (0 picks a free port) until cancelled; `listening` gets the
    /// port once connections are accepted.
    public func run(host: String, port: UInt16, listening: @escaping @Sendable (UInt16) -> Void) async throws {
        let address: any SocketAddress = host.contains(":")
            ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        let sandbox = self.sandbox
        let server = HTTPServer(
            address: address, timeout: 10, logger: .disabled,
            handler: ClosureHTTPHandler { request in
                let answer = sandbox.respond(to: Self.sandboxRequest(request))
                for delivery in answer.deliveries { Task { await Self.deliver(delivery) } }
                return Self.httpResponse(answer)
            })
        let running = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 10)
        } catch {
            running.cancel()
            try await running.value
            throw error
        }
        switch await server.listeningAddress {
        case .ip4(_, let actual)?, .ip6(_, let actual)?: listening(actual)
        default: break
        }
        try await running.value
    }

    static func sandboxRequest(_ request: HTTPRequest) -> SandboxRequest {
        var headers: [String: String] = [:]
        for (name, value) in request.headers where headers[name.rawValue.lowercased()] == nil {
            headers[name.rawValue.lowercased()] = value
        }
        return SandboxRequest(
            method: request.method.rawValue, path: request.target.path(), rawQuery: request.target.query(), headers: headers)
    }

    static func httpResponse(_ answer: SandboxResponse) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in answer.headers.sorted(by: { $0.key < $1.key }) { headers[HTTPHeader(name)] = value }
        headers[HTTPHeader("Cache-Control")] = "no-store"
        return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)), headers: headers, body: answer.body)
    }

    private static func phrase(_ status: Int) -> String {
        [200: "OK", 204: "No Content", 302: "Found", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"][status] ?? "Status"
    }

    /// One GET, bounded in time; a callback that fails is the receiver's problem.
    private static func deliver(_ url: String) async {
        guard let url = URL(string: url) else { return }
        var request = URLRequest(url: url, timeoutInterval: 5)
        request.httpMethod = "GET"
        _ = try? await URLSession.shared.data(for: request)
    }
}
