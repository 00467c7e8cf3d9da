import Foundation
import MiAccountRules

/// Checks the `_xmSign` of a /checkPassword callback. The service signs the callback like an
/// Open API call, keyed with the app's client secret: `_xmNonce` is the nonce line, and it
/// and `_xmSign` are left out of the sorted query. Skip this and `xmUserId` can be forged.
public struct CallbackVerifier: Sendable {
    /// Why a callback is not accepted.
    public enum Failure: String, Error, Sendable, Equatable {
        case missingSignature = "the callback has no _xmSign"
        case missingNonce = "the callback has no _xmNonce"
        case malformedNonce = "the _xmNonce is not <random>:<minutes since 1970>"
        case expired = "the _xmNonce is older than the allowed age"
        case fromTheFuture = "the _xmNonce is later than the clock allows"
        case signatureMismatch = "the _xmSign is not the signature of the callback"
    }

    public let clientSecret: String
    /// How long after its nonce's minute a callback is still taken.
    public let maximumAge: TimeInterval
    /// How far ahead of this clock the service's clock may run.
    public let maximumSkew: TimeInterval

    /// The defaults take a callback for 5 minutes, the lifetime of the code it carries, and
    /// allow the service's clock to be 5 minutes ahead.
    public init(clientSecret: String, maximumAge: TimeInterval = 5 * 60, maximumSkew: TimeInterval = 5 * 60) {
        self.clientSecret = clientSecret
        self.maximumAge = maximumAge
        self.maximumSkew = maximumSkew
    }

    /// True when the URL's `_xmSign` is the signature of the rest of it and its `_xmNonce` is
    /// inside the window (see `check(_:method:now:)`).
    public func isAuthentic(_ url: URL, method: String = "GET", now: Date = Date()) -> Bool {
        check(url, method: method, now: now) == nil
    }

    /// Nil when the callback is authentic and fresh, else why not. The nonce only says the
    /// minute it was made in, so a callback is taken until `maximumAge` after that minute
    /// ends, and from `maximumSkew` before it starts. A callback replayed inside the window
    /// still passes: its code can be exchanged only once.
    public func check(_ url: URL, method: String = "GET", now: Date = Date()) -> Failure? {
        let values = RedirectParameters(url: url, delivery: .query).values
        guard let given = values["_xmSign"] else { return .missingSignature }
        guard let text = values["_xmNonce"] else { return .missingNonce }
        guard let nonce = Nonce(text) else { return .malformedNonce }
        guard let expected = expectedSignature(url, method: method), ConstantTime.equals(expected, given) else {
            return .signatureMismatch
        }
        let minuteStart = Double(nonce.minutes) * 60
        guard now.timeIntervalSince1970 - (minuteStart + 60) <= maximumAge else { return .expired }
        guard minuteStart - now.timeIntervalSince1970 <= maximumSkew else { return .fromTheFuture }
        return nil
    }

    /// The signature the callback should carry, or nil when it has no `_xmNonce`.
    public func expectedSignature(_ url: URL, method: String = "GET") -> String? {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let host = components.host,
            let nonce = RedirectParameters(url: url, delivery: .query).values["_xmNonce"]
        else { return nil }
        let query = MACSignature.parseQuery(components.percentEncodedQuery ?? "")
            .filter { $0.name != "_xmNonce" && $0.name != "_xmSign" }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return MACSignature(nonce: nonce, method: method, host: host, path: path, query: query)
            .signature(key: clientSecret)
    }
}
