import Foundation

/// Where a redirect carries its values: in the query (code grant, callbacks) or in the
/// fragment (implicit grant).
public enum RedirectDelivery: Sendable {
    case query, fragment
}

/// The values a redirect or callback URL carries, decoded.
public struct RedirectParameters: Sendable {
    public let values: [String: String]

    public init(url: URL, delivery: RedirectDelivery) {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        let text = (delivery == .query ? components?.percentEncodedQuery : components?.percentEncodedFragment) ?? ""
        var values: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
            let value = parts.count > 1 ? String(parts[1]).replacingOccurrences(of: "+", with: " ") : ""
            if values[name] == nil { values[name] = value.removingPercentEncoding ?? value }
        }
        self.values = values
    }

    public func required<Value: ParameterValue>(_ name: String) throws(MiAccountError) -> Value {
        guard let text = values[name] else { throw MiAccountError.missingParameter(name) }
        guard let value = Value(parameterText: text) else { throw MiAccountError.invalidParameter(name, text) }
        return value
    }

    public func optional<Value: ParameterValue>(_ name: String) -> Value? {
        values[name].flatMap(Value.init(parameterText:))
    }
}

/// A result read from a redirect or callback URL. Generated types conform.
public protocol RedirectResult: Sendable {
    static var delivery: RedirectDelivery { get }
    init(parameters: RedirectParameters) throws(MiAccountError)
}

/// The two ways an authorize redirect can come back. A failure is a `MiAccountError` with
/// the documented code (a number, or an RFC 6749 name such as `access_denied`).
public enum RedirectOutcome<Success: RedirectResult, Failure: RedirectResult & FailureAnswer>: Sendable {
    case success(Success)
    case failure(MiAccountError)

    /// Reads a redirect: a failure when it carries `error`, else a success. Prefer
    /// `AuthorizationSession.outcome(of:)`, which checks `state` first.
    public init(url: URL) throws(MiAccountError) {
        let (parameters, isFailure) = Self.parameters(of: url)
        self = isFailure ? .failure(try Failure(parameters: parameters).makeError(status: nil)) : .success(try Success(parameters: parameters))
    }

    /// The values of the redirect, from the failure's place when it carries `error`.
    static func parameters(of url: URL) -> (parameters: RedirectParameters, isFailure: Bool) {
        let failure = RedirectParameters(url: url, delivery: Failure.delivery)
        if failure.values["error"] != nil { return (failure, true) }
        return (RedirectParameters(url: url, delivery: Success.delivery), false)
    }
}
