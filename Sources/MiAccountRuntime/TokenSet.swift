import Foundation

/// What a token answer grants, with the time it expires rather than a count of seconds, so
/// it can be stored (it is Codable) and checked later.
public struct TokenSet: Sendable, Hashable, Codable {
    public var accessToken: String
    public var macKey: String
    /// Nil for the implicit grant, which issues none.
    public var refreshToken: String?
    public var expiresAt: Date
    /// The granted scope ids, separated by spaces, when the answer says.
    public var scope: String?

    public init(accessToken: String, macKey: String, refreshToken: String?, expiresAt: Date, scope: String?) {
        self.accessToken = accessToken
        self.macKey = macKey
        self.refreshToken = refreshToken
        self.expiresAt = expiresAt
        self.scope = scope
    }

    /// The signer for Open API calls made with this token.
    public var signer: MACSigner { MACSigner(accessToken: accessToken, macKey: macKey) }
}

/// An answer that grants tokens (the code exchange, a refresh, the implicit grant's
/// fragment). Generated types conform.
public protocol TokenAnswer: Sendable {
    /// The tokens, expiring `expires_in` seconds after `issuedAt`.
    func makeTokenSet(issuedAt: Date) -> TokenSet
}
