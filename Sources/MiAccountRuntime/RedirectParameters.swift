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

    public func required<Value: ParameterValue>(_ name: String) throws -> Value {
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
    init(parameters: RedirectParameters) throws
}

/// The two ways an authorize redirect can come back.
public enum RedirectOutcome<Success: RedirectResult, Failure: RedirectResult & Error>: Sendable {
    case success(Success)
    case failure(Failure)

    /// Reads a redirect: a failure when it carries `error`, else a success.
    public init(url: URL) throws {
        if RedirectParameters(url: url, delivery: Failure.delivery).values["error"] != nil {
            self = .failure(try Failure(parameters: RedirectParameters(url: url, delivery: Failure.delivery)))
        } else {
            self = .success(try Success(parameters: RedirectParameters(url: url, delivery: Success.delivery)))
        }
    }
}
