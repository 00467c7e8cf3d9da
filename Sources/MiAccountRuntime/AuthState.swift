import Foundation

/// The signed-in user's tokens, renewed when they are about to expire. Refresh tokens work
/// once, so renewals are serialised: callers that find the token expired at the same time
/// all wait for one refresh and share its result.
public actor AuthState {
    public private(set) var tokens: TokenSet
    private let refresher: @Sendable (_ refreshToken: String) async throws(MiAccountError) -> TokenSet
    private var refreshing: Task<TokenSet, any Error>?

    /// `refresh` trades a refresh token for new tokens; see the initialiser that builds it
    /// from a client and the generated refresh request.
    public init(
        tokens: TokenSet, refresh: @escaping @Sendable (_ refreshToken: String) async throws(MiAccountError) -> TokenSet
    ) {
        self.tokens = tokens
        self.refresher = refresh
    }

    /// Refreshes with `client`, sending the request `makeRequest` builds from a refresh token.
    public init<Request: JSONOperationRequest>(
        tokens: TokenSet, client: MiAccountClient,
        refreshRequest makeRequest: @escaping @Sendable (_ refreshToken: String) -> Request
    ) where Request.Success: TokenAnswer {
        self.init(tokens: tokens) { refreshToken throws(MiAccountError) in
            try await client.send(makeRequest(refreshToken)).makeTokenSet(issuedAt: Date())
        }
    }

    /// A signer whose token is valid for at least `margin` seconds after `now`; refreshes
    /// first when it is not.
    public func signer(now: Date = Date(), margin: TimeInterval = 60) async throws(MiAccountError) -> MACSigner {
        // The refresh's own result, not `tokens`: a caller that joined a refresh may resume
        // before the one that started it has stored the new tokens.
        let current = tokens.expiresAt.timeIntervalSince(now) < margin ? try await refresh() : tokens
        return current.signer
    }

    /// Renews the tokens now. A refresh already under way is joined, not repeated.
    @discardableResult
    public func refresh() async throws(MiAccountError) -> TokenSet {
        if let refreshing { return try await Self.value(of: refreshing) }
        guard let refreshToken = tokens.refreshToken else {
            throw MiAccountError(kind: .tokenExpired, description: "the access token expires and there is no refresh token")
        }
        let task = Task { [refresher] () async throws -> TokenSet in try await refresher(refreshToken) }
        refreshing = task
        defer { refreshing = nil }
        let renewed = try await Self.value(of: task)
        tokens = renewed
        return renewed
    }

    private static func value(of task: Task<TokenSet, any Error>) async throws(MiAccountError) -> TokenSet {
        do {
            return try await task.value
        } catch let error as MiAccountError {
            throw error
        } catch {
            throw MiAccountError(kind: .transport, description: String(describing: error))
        }
    }
}
