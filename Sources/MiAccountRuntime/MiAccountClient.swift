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

    public init(transport: any HTTPTransport = URLSessionTransport()) {
        self.transport = transport
    }

    /// Sends `request`, signed when a signer is given (the Open API needs one), and decodes
    /// the answer; a documented failure is thrown as the request's `Failure` type.
    public func send<Request: JSONOperationRequest>(
        _ request: Request, signedWith signer: MACSigner? = nil
    ) async throws -> Request.Success {
        var urlRequest = signer.map { $0.signedRequest(request) } ?? URLRequest(url: request.makeURL())
        urlRequest.httpMethod = Request.method
        if !request.bodyParameters.isEmpty {
            urlRequest.httpBody = try request.bodyParameters.encoded()
            urlRequest.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (body, status) = try await transport.send(urlRequest)
        do {
            return try Request.decodeAnswer(body)
        } catch let failure as Request.Failure {
            throw failure
        } catch {
            if !(200..<300).contains(status) { throw MiAccountError.unexpectedStatus(status) }
            throw error
        }
    }
}
