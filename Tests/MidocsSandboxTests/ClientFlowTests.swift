import Foundation
import MiAccount
import MidocsSandbox
import Testing

/// The generated client against the sandbox over real HTTP on loopback: the whole flow the
/// docs describe, and the failures they promise.
struct ClientFlowTests {
    static let clientID: Int64 = 2_882_303_761_517_000_000
    static let redirectURI = "https://example.com/callback"

    /// Runs `body` with a sandbox listening on a free loopback port, then stops it.
    func withSandbox(_ body: @Sendable (SandboxFixture, MiAccountServers) async throws -> Void) async throws {
        let fixture = SandboxFixture()
        let ports = AsyncStream<UInt16>.makeStream()
        let server = Task {
            try await SandboxServer(sandbox: fixture.sandbox).run(host: "127.0.0.1", port: 0) { ports.continuation.yield($0) }
        }
        defer { server.cancel() }
        let port = try #require(await ports.stream.first { _ in true })
        try await body(fixture, .sandbox(URL(string: "http://127.0.0.1:\(port)")!))
    }

    @Test(.timeLimit(.minutes(1))) func runsTheWholeFlow() async throws {
        try await withSandbox { fixture, servers in
            // Authorize: the browser's request; the sandbox grants at once and redirects.
            let session = AuthorizationSession()
            let authorize = GetAuthorizationCodeRequest(
                clientID: Self.clientID, redirectURI: Self.redirectURI,
                scope: [.profile, .openID, .phoneNumber, .emailAddress, .miTalkFriendList], state: session.state)
            let redirect = fixture.get(authorize.makeURL(servers: servers).absoluteString).headers["Location"]
            let outcome: RedirectOutcome<GetAuthorizationCodeResponse, GetAuthorizationCodeFailure> = try session.outcome(
                of: try #require(redirect.flatMap(URL.init(string:))))
            guard case .success(let grant) = outcome else { Issue.record("authorize failed: \(outcome)"); return }

            // Exchange the code, over HTTP, and keep the tokens.
            let client = MiAccountClient(servers: servers)
            let exchange = ExchangeCodeForAccessTokenRequest(
                clientID: Self.clientID, redirectURI: Self.redirectURI, clientSecret: "sandbox-secret", code: grant.code)
            let token = try await client.send(exchange)
            #expect(token.tokenType == "mac")
            let state = AuthState(tokens: token.makeTokenSet(issuedAt: Date()), client: client) { refreshToken in
                RefreshAccessTokenRequest(
                    clientID: Self.clientID, redirectURI: Self.redirectURI, clientSecret: "sandbox-secret", refreshToken: refreshToken)
            }

            // Signed Open API calls.
            let profile = try await client.send(using: state) { GetUserProfileRequest(clientID: Self.clientID, token: $0) }
            #expect(profile.result == "ok")
            let openID = try await client.send(using: state) { GetUserOpenIDRequest(clientID: Self.clientID, token: $0) }
            #expect(openID.data.openid == token.openID)
            let contact = try await client.send(using: state) { GetPhoneNumberAndEmailAddressRequest(clientID: Self.clientID, token: $0) }
            #expect(contact.code == 0)
            let friends = try await client.send(using: state) { GetMiTalkFriendListRequest(clientID: Self.clientID, token: $0) }
            #expect(friends.result == "ok")

            // Refresh: new tokens work, the old refresh token does not.
            let renewed = try await state.refresh()
            #expect(renewed.accessToken != token.accessToken)
            _ = try await client.send(using: state) { GetUserProfileRequest(clientID: Self.clientID, token: $0) }
            let oldRefresh = RefreshAccessTokenRequest(
                clientID: Self.clientID, redirectURI: Self.redirectURI, clientSecret: "sandbox-secret", refreshToken: token.refreshToken)
            let refused = await #expect(throws: MiAccountError.self) { try await client.send(oldRefresh) }
            #expect(refused?.code == .invalidRefreshtoken)

            // A reused code, and a request signed with the wrong key.
            let reused = await #expect(throws: MiAccountError.self) { try await client.send(exchange) }
            #expect(reused?.code == .invalidCode)
            let forged = MACSigner(accessToken: renewed.accessToken, macKey: "not-the-key")
            let badSignature = await #expect(throws: MiAccountError.self) {
                try await client.send(GetUserProfileRequest(clientID: Self.clientID, token: renewed.accessToken), signedWith: forged)
            }
            #expect(badSignature?.code == .accessDenied)
        }
    }

    @Test(.timeLimit(.minutes(1))) func aReplayedNonceIsRefused() async throws {
        try await withSandbox { fixture, servers in
            let tests = SandboxTests()
            let token = tests.exchange(fixture, code: try tests.authorizeCode(fixture))
            let signer = MACSigner(accessToken: token["access_token"] as! String, macKey: token["mac_key"] as! String)
            let client = MiAccountClient(servers: servers)
            let nonce = Nonce.make()
            let request = GetUserProfileRequest(clientID: Self.clientID, token: signer.accessToken)
            _ = try await client.send(request, signedWith: signer, nonce: nonce)
            let replay = await #expect(throws: MiAccountError.self) { try await client.send(request, signedWith: signer, nonce: nonce) }
            #expect(replay?.code == .accessDenied)
        }
    }
}
