import Foundation
import MiAccountRules

/// One sign-in attempt: a fresh, unguessable `state` to send with the authorize request,
/// and the check that the redirect carries it back. A redirect with another state, or none,
/// is refused: it may be a forged request (CSRF, RFC 6749 section 10.12). Keep the session
/// (it is Codable) in the user's browser session until the redirect arrives.
public struct AuthorizationSession: Sendable, Hashable, Codable {
    public let state: String

    /// A session with 128 random bits of state, or a state you choose.
    public init(state: String = AuthorizationSession.makeState()) {
        self.state = state
    }

    /// 22 URL-safe characters from the system's secure random source.
    public static func makeState() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Reads the redirect after checking its `state`; throws `stateMismatch` before reading
    /// anything else when the state is missing or differs.
    public func outcome<Success, Failure>(of url: URL) throws(MiAccountError) -> RedirectOutcome<Success, Failure> {
        let returned = RedirectOutcome<Success, Failure>.parameters(of: url).parameters.values["state"]
        guard let returned, ConstantTime.equals(returned, state) else {
            throw MiAccountError(kind: .stateMismatch, description: "the redirect's state is not the one this session sent")
        }
        return try RedirectOutcome(url: url)
    }
}
