import Crypto
import Foundation

/// The MAC signature of an Open API request, and of the `_xmSign` on a /checkPassword
/// callback: Base64(HMAC-SHA1(key, normalized string)).
public struct MACSignature: Sendable, Equatable {
    public var nonce: String
    public var method: String
    public var host: String
    public var path: String
    /// The query parameters, in any order; they are sorted when signing.
    public var query: [(name: String, value: String)]

    public init(nonce: String, method: String, host: String, path: String, query: [(name: String, value: String)]) {
        self.nonce = nonce
        self.method = method
        self.host = host
        self.path = path
        self.query = query
    }

    /// Reads a query string as written, `b=2&a=1`, without decoding it.
    public static func parseQuery(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    /// Parameters sorted by name in byte order, empty values left out: `a=1&b=2`.
    public var normalizedQuery: String {
        query.filter { !$0.value.isEmpty }
            .sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
            .map { "\($0.name)=\($0.value)" }
            .joined(separator: "&")
    }

    /// Five lines, each ending in a newline: nonce, method, host, path, query.
    public var normalizedString: String {
        [nonce, method.uppercased(), host.lowercased(), path, normalizedQuery].map { $0 + "\n" }.joined()
    }

    /// Base64 of the HMAC-SHA1 of the normalized string, keyed with `key` (the `mac_key`, or
    /// for `_xmSign` the app's client secret).
    public func signature(key: String) -> String {
        let code = HMAC<Insecure.SHA1>.authenticationCode(
            for: Data(normalizedString.utf8), using: SymmetricKey(data: Data(key.utf8)))
        return Data(code).base64EncodedString()
    }

    /// The `Authorization` header an Open API call carries.
    public func authorizationHeader(accessToken: String, key: String) -> String {
        "MAC access_token=\"\(accessToken)\", nonce=\"\(nonce)\", mac=\"\(signature(key: key))\""
    }

    public static func == (lhs: MACSignature, rhs: MACSignature) -> Bool {
        lhs.normalizedString == rhs.normalizedString
    }
}
