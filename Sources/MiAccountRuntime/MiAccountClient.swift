import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends a request and returns the body; `URLSession` by default, anything else in tests.
public protocol HTTPTransport: Sendable {
    func send(_ request: URLRequest) async throws -> (Data, Int)
}

/// The transport over `URLSession`.
public struct URLSessionTransport: HTTPTransport {
    public init() {}

    public func send(_ request: URLRequest) async throws -> (Data, Int) {
        let (data, response) = try await URLSession.shared.data(for: request)
        return (data, (response as? HTTPURLResponse)?.statusCode ?? 0)
    }
}

/// Calls the JSON operations: the token endpoint and the Open API.
public struct MiAccountClient: Sendable {
    public let transport: any HTTPTransport
    public let servers: MiAccountServers

    public init(transport: any HTTPTransport = URLSessionTransport(), servers: MiAccountServers = .production) {
        self.transport = transport
        self.servers = servers
    }

    /// Sends `request`, signed when a signer is given (the Open API needs one), and decodes
    /// the answer. Every failure is a `MiAccountError`: a documented failure carries its code.
    public func send<Request: JSONOperationRequest>(
        _ request: Request, signedWith signer: MACSigner? = nil, nonce: Nonce = .make()
    ) async throws(MiAccountError) -> Request.Success {
        var urlRequest =
            signer.map { $0.signedRequest(request, servers: servers, nonce: nonce) }
            ?? URLRequest(url: request.makeURL(servers: servers))
        urlRequest.httpMethod = Request.method
        if !request.bodyParameters.isEmpty {
            do {
                urlRequest.httpBody = try request.bodyParameters.encoded()
            } catch {
                throw MiAccountError(kind: .unexpectedAnswer, description: "the body could not be encoded: \(error)")
            }
            urlRequest.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let body: Data
        let status: Int
        do {
            (body, status) = try await transport.send(urlRequest)
        } catch {
            throw MiAccountError(kind: .transport, description: String(describing: error))
        }
        return try Request.decodeAnswer(body, status: status)
    }

    /// Sends an Open API call with the current token of `authState`, refreshed first when it
    /// is about to expire: `makeRequest` gets the access token to put in the request.
    public func send<Request: JSONOperationRequest>(
        using authState: AuthState, _ makeRequest: @Sendable (_ accessToken: String) -> Request
    ) async throws(MiAccountError) -> Request.Success {
        let signer = try await authState.signer()
        return try await send(makeRequest(signer.accessToken), signedWith: signer)
    }
}
