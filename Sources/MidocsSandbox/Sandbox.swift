import Foundation
import MidocsCompiler

/// A server that behaves as the docs say, built from the model with no per-operation code:
/// it routes by method and path (the operation's fixed values tell apart operations on one
/// URL), enforces the documented parameters, and answers with the documented shapes. A
/// profile adds the service's semantics. Pure: the HTTP server around it is `SandboxServer`.
public final class Sandbox: @unchecked Sendable {
    /// Longer queries are refused before they are read.
    static let maximumQueryLength = 8 * 1024

    let spec: Spec
    let answers: DocumentedAnswers
    private let profile: (any SandboxProfile)?
    private let lock = NSLock()

    public init(spec: Spec, client: SandboxClient, seed: UInt64?, clock: @escaping @Sendable () -> Date = Date.init) {
        self.spec = spec
        self.answers = DocumentedAnswers(spec: spec)
        self.profile =
            spec.profile == "mi-account" ? MiAccountSandbox(spec: spec, client: client, seed: seed, clock: clock) : nil
    }

    /// How to use it: the registered client and the profile's notes.
    public var banner: [String] { profile?.banner ?? [] }

    public func respond(to request: SandboxRequest) -> SandboxResponse {
        lock.withLock { answer(request) }
    }

    private func answer(_ request: SandboxRequest) -> SandboxResponse {
        let candidates = spec.operations.filter { $0.url.map { Self.matches(request.path, $0.path) } ?? false }
        guard !candidates.isEmpty else {
            return .json(["error": "not_found", "error_description": "no documented operation at \(request.path)"], status: 404)
        }
        let sameMethod = candidates.filter { $0.method?.rawValue == request.method }
        guard let first = sameMethod.first else {
            let allowed = Set(candidates.compactMap { $0.method?.rawValue }).sorted().joined(separator: ", ")
            var response = SandboxResponse.json(
                ["error": "method_not_allowed", "error_description": "\(request.path) takes \(allowed)"], status: 405)
            response.headers["Allow"] = allowed
            return response
        }
        guard request.rawQuery.utf8.count <= Self.maximumQueryLength, let query = request.query else {
            let reason = request.rawQuery.utf8.count > Self.maximumQueryLength ? "longer than 8 KB" : "not valid percent-encoded UTF-8"
            return refuse(first, request: request, values: [:], problem: .malformedQuery(reason))
        }
        let values = Dictionary(query.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let operation: Operation
        switch Self.choose(among: sameMethod, values: values) {
        case .success(let chosen): operation = chosen
        case .failure(let problem): return refuse(first, request: request, values: values, problem: problem)
        }
        if let problem = ParameterProblem.find(in: operation, query: query).first {
            return refuse(operation, request: request, values: values, problem: problem)
        }
        let call = SandboxCall(operation: operation, request: request, values: values)
        return profile?.respond(to: call, answers: answers) ?? answers.success(operation, call: call, values: [:])
    }

    private func refuse(_ operation: Operation, request: SandboxRequest, values: [String: String], problem: ParameterProblem) -> SandboxResponse {
        // A redirect URI that is itself the problem is never trusted with the answer.
        let redirect = values["redirect_uri"].flatMap { uri in
            problem.parameter != "redirect_uri" && (profile?.allowsRedirect(to: uri, values: values) ?? Self.isWebURL(uri)) ? uri : nil
        }
        return answers.failure(
            operation, call: values, code: answers.errorCode(fitting: problem), text: problem.message, parameter: problem.parameter,
            redirectURI: redirect)
    }

    /// The operation whose fixed values the request carries; operations that share a URL
    /// are told apart by one (`response_type=code`).
    private static func choose(among operations: [Operation], values: [String: String]) -> Result<Operation, ParameterProblem> {
        guard operations.count > 1 else { return .success(operations[0]) }
        for operation in operations {
            guard let discriminator = operation.discriminator else { continue }
            if values[discriminator.parameter] == discriminator.value { return .success(operation) }
        }
        let parameter = operations.compactMap(\.discriminator).first?.parameter
        guard let parameter else { return .success(operations[0]) }
        guard let value = values[parameter] else { return .failure(.missing(parameter)) }
        return .failure(.unsupportedValue(parameter, value: value))
    }

    /// `/boards/{id}/cards` matches `/boards/7/cards`; `:id` and `<id>` are placeholders too.
    static func matches(_ path: String, _ documented: String) -> Bool {
        let sent = path.split(separator: "/", omittingEmptySubsequences: false)
        let pattern = documented.split(separator: "/", omittingEmptySubsequences: false)
        guard sent.count == pattern.count else { return false }
        return zip(sent, pattern).allSatisfy { sentPart, patternPart in
            let isPlaceholder = (patternPart.hasPrefix("{") && patternPart.hasSuffix("}")) || patternPart.hasPrefix(":")
                || (patternPart.hasPrefix("<") && patternPart.hasSuffix(">"))
            return isPlaceholder ? !sentPart.isEmpty : sentPart == patternPart
        }
    }

    static func isWebURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(components.host ?? "").isEmpty
    }
}

/// The app the sandbox knows: its id, secret and registered redirect URIs.
public struct SandboxClient: Sendable, Hashable {
    public static let defaultID: Int64 = 2_882_303_761_517_000_000
    public static let defaultSecret = "sandbox-secret"
    public static let defaultRedirectURI = "https://example.com/callback"

    public var id: Int64
    public var secret: String
    public var redirectURIs: [String]

    public init(id: Int64 = defaultID, secret: String = defaultSecret, redirectURIs: [String] = [defaultRedirectURI]) {
        self.id = id
        self.secret = secret
        self.redirectURIs = redirectURIs
    }
}
