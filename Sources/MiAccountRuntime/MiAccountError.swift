/// Every failure the client reports, whether the service answered with an error code or the
/// answer could not be used: `send` throws it, `RedirectOutcome` carries it, and
/// `AuthorizationSession` and `AuthState` throw it. The generated `code` names a documented
/// error code.
public struct MiAccountError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The service answered with an error code: `rawCode` holds it.
        case service
        /// A redirect or callback lacks a value the docs say it always has.
        case missingParameter(String)
        /// A value is not of its documented type.
        case invalidParameter(String, value: String)
        /// An answer the docs do not describe, such as a 502 page from a proxy.
        case unexpectedAnswer
        /// A redirect's `state` is missing or not the one this session sent: possible CSRF.
        case stateMismatch
        /// The access token has expired and there is no refresh token to renew it.
        case tokenExpired
        /// The request never got an answer.
        case transport
    }

    public let kind: Kind
    /// The code as the service wrote it: `96013`, or an RFC 6749 name such as `access_denied`.
    public let rawCode: String?
    public let description: String
    /// The HTTP status of the answer, when there was one; nil for redirects.
    public let status: Int?

    public init(kind: Kind, rawCode: String? = nil, description: String, status: Int? = nil) {
        self.kind = kind
        self.rawCode = rawCode
        self.description = description
        self.status = status
    }

    /// A documented failure the service reported.
    public static func service(code: String, description: String, status: Int?) -> MiAccountError {
        MiAccountError(kind: .service, rawCode: code, description: description, status: status)
    }

    public static func missingParameter(_ name: String) -> MiAccountError {
        MiAccountError(kind: .missingParameter(name), description: "the answer has no '\(name)'")
    }

    public static func invalidParameter(_ name: String, _ value: String) -> MiAccountError {
        MiAccountError(kind: .invalidParameter(name, value: value), description: "'\(name)' has the undocumented value '\(value)'")
    }
}

/// A documented failure answer (a JSON body or a redirect): what the client needs to turn it
/// into a `MiAccountError`. Generated failure types conform.
public protocol FailureAnswer: Sendable {
    /// The error code as text, nil when the answer carries none.
    var failureCode: String? { get }
    var failureDescription: String { get }
}

extension FailureAnswer {
    func makeError(status: Int?) -> MiAccountError {
        MiAccountError(kind: .service, rawCode: failureCode, description: failureDescription, status: status)
    }
}
