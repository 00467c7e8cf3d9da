import Foundation

/// What the Mi Account sandbox has issued, in memory: codes, tokens, refresh tokens and the
/// nonces already seen.
struct SandboxLedger {
    struct Grant {
        var scopes: [Int]
        /// The redirect URI the code was issued for; nil for a /checkPassword code.
        var redirectURI: String?
        var issuedAt: Date
        var isUsed = false
    }

    struct Token {
        var macKey: String
        var scopes: [Int]
        var expiresAt: Date
    }

    var codes: [String: Grant] = [:]
    var tokens: [String: Token] = [:]
    var refreshTokens: [String: Grant] = [:]
    /// Nonces by the minute they name, so old ones can be forgotten.
    var nonces: [Int64: Set<String>] = [:]

    /// Records `nonce` for `minutes`; false when it was used before. Minutes outside the
    /// window are forgotten, since a nonce that old is refused anyway.
    mutating func useNonce(_ nonce: String, minutes: Int64, now: Int64, window: Int64) -> Bool {
        nonces = nonces.filter { abs($0.key - now) <= window }
        return nonces[minutes, default: []].insert(nonce).inserted
    }
}
