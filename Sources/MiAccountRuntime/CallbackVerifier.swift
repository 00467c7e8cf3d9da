import Foundation
import MiAccountRules

/// Checks the `_xmSign` of a /checkPassword callback. The service signs the callback like an
/// Open API call, keyed with the app's client secret: `_xmNonce` is the nonce line, and it
/// and `_xmSign` are left out of the sorted query. Skip this and `xmUserId` can be forged.
public struct CallbackVerifier: Sendable {
    public let clientSecret: String

    public init(clientSecret: String) {
        self.clientSecret = clientSecret
    }

    /// True when the URL's `_xmSign` is the signature of the rest of it.
    public func isAuthentic(_ url: URL, method: String = "GET") -> Bool {
        guard let expected = expectedSignature(url, method: method),
            let given = RedirectParameters(url: url, delivery: .query).values["_xmSign"]
        else { return false }
        return expected == given
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

/// The rule a `redirect_uri` must follow to match a registered one; the same code midocs
/// uses to check the docs' examples.
public typealias RedirectURIRule = MiAccountRules.RedirectURIRule
