import Foundation
import MiAccount
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

struct AuthorizationSessionTests {
    let session = AuthorizationSession(state: "s-1")

    @Test func readsARedirectThatCarriesItsState() throws {
        let outcome: RedirectOutcome<GetAuthorizationCodeResponse, GetAuthorizationCodeFailure> = try session.outcome(
            of: URL(string: "https://example.com/cb?code=C&state=s-1")!)
        guard case .success(let grant) = outcome else { Issue.record("expected success"); return }
        #expect(grant.code == "C")
    }

    @Test(arguments: [
        "https://example.com/cb?code=C&state=s-2", "https://example.com/cb?code=C", "https://example.com/cb?code=C&state=s-1x",
        "https://example.com/cb?error=96012&error_description=no",
    ])
    func refusesARedirectWithAnotherStateOrNone(_ redirect: String) throws {
        let error = try #require(throws: MiAccountError.self) {
            let _: RedirectOutcome<GetAuthorizationCodeResponse, GetAuthorizationCodeFailure> = try session.outcome(
                of: URL(string: redirect)!)
        }
        #expect(error.kind == .stateMismatch)
    }

    @Test func readsTheStateOfTheImplicitGrantFromTheFragment() throws {
        let url = URL(
            string: "https://example.com/cb#access_token=T&token_type=mac&expires_in=60&scope=1&mac_key=K&mac_algorithm=HmacSha1&state=s-1")!
        let outcome: RedirectOutcome<GetAccessTokenInBrowserResponse, GetAccessTokenInBrowserFailure> = try session.outcome(of: url)
        guard case .success(let token) = outcome else { Issue.record("expected success"); return }
        let tokens = token.makeTokenSet(issuedAt: Date(timeIntervalSince1970: 0))
        #expect(tokens.expiresAt == Date(timeIntervalSince1970: 60))
        #expect(tokens.refreshToken == nil)
    }

    @Test func makesUnguessableStates() {
        let states = Set((0..<100).map { _ in AuthorizationSession().state })
        #expect(states.count == 100)
        #expect(states.allSatisfy { $0.count == 22 && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } })
    }
}

struct ServersTests {
    let request = GetUserProfileRequest(clientID: 1, token: "a b/c")

    @Test func sendsEveryHostToTheSandbox() {
        let servers = MiAccountServers.sandbox(URL(string: "http://127.0.0.1:8787")!)
        #expect(request.makeURL(servers: servers).absoluteString == "http://127.0.0.1:8787/user/profile?clientId=1&token=a%20b%2Fc")
        #expect(
            ExchangeCodeForAccessTokenRequest(clientID: 1, redirectURI: "r", clientSecret: "s", code: "c").makeURL(servers: servers).host
                == "127.0.0.1")
    }

    @Test func movesOneHostAndKeepsABasePath() {
        let servers = MiAccountServers(["open.account.xiaomi.com": URL(string: "https://proxy.example.com/mi/")!])
        #expect(request.makeURL(servers: servers).absoluteString.hasPrefix("https://proxy.example.com/mi/user/profile?"))
        #expect(RefreshAccessTokenRequest(clientID: 1, redirectURI: "r", clientSecret: "s", refreshToken: "t").makeURL(servers: servers).host
            == "account.xiaomi.com")
    }

    /// The query is signed as it is sent, percent-encoded; the host is the one called.
    @Test func signsTheHostCalledAndTheEncodedQuery() throws {
        let signer = MACSigner(accessToken: "a b/c", macKey: "K")
        let nonce = try #require(Nonce("1:2"))
        let sandbox = MiAccountServers.sandbox(URL(string: "http://127.0.0.1:8787")!)
        let signed = signer.signature(for: request, servers: sandbox, nonce: nonce)
        #expect(signed.normalizedString == "1:2\nGET\n127.0.0.1\n/user/profile\nclientId=1&token=a%20b%2Fc\n")
        #expect(signer.signature(for: request, nonce: nonce).host == "open.account.xiaomi.com")
    }
}

/// Answers token requests with fresh tokens after a pause, counting them.
final class CountingTokenTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var refreshes: Int { lock.withLock { count } }

    func send(_ request: URLRequest) async throws -> (Data, Int) {
        let number = lock.withLock { count += 1; return count }
        try await Task.sleep(for: .milliseconds(50))
        let body = #"&&&START&&&{"access_token":"A\#(number)","expires_in":3600,"refresh_token":"R\#(number)","scope":"1","token_type":"mac","mac_key":"K\#(number)","mac_algorithm":"HmacSha1","openId":"o"}"#
        return (Data(body.utf8), 200)
    }
}

struct AuthStateTests {
    let expired = TokenSet(accessToken: "A0", macKey: "K0", refreshToken: "R0", expiresAt: Date(timeIntervalSince1970: 0), scope: "1")

    @Test func concurrentCallersShareOneRefresh() async throws {
        let transport = CountingTokenTransport()
        let client = MiAccountClient(transport: transport)
        let state = AuthState(tokens: expired, client: client) { refreshToken in
            RefreshAccessTokenRequest(clientID: 1, redirectURI: "https://example.com/cb", clientSecret: "s", refreshToken: refreshToken)
        }
        let tokens = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try await state.signer().accessToken } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(transport.refreshes == 1)
        #expect(Set(tokens) == ["A1"])
        #expect(await state.tokens.refreshToken == "R1")
        #expect(await state.tokens.expiresAt > Date())
    }

    @Test func aValidTokenIsNotRefreshed() async throws {
        let transport = CountingTokenTransport()
        var fresh = expired
        fresh.expiresAt = Date().addingTimeInterval(3600)
        let state = AuthState(tokens: fresh, client: MiAccountClient(transport: transport)) { _ in
            RefreshAccessTokenRequest(clientID: 1, redirectURI: "r", clientSecret: "s", refreshToken: "x")
        }
        #expect(try await state.signer().macKey == "K0")
        #expect(transport.refreshes == 0)
    }

    @Test func anExpiredTokenWithoutARefreshTokenIsAnError() async throws {
        var implicit = expired
        implicit.refreshToken = nil
        let tokens = implicit
        let state = AuthState(tokens: tokens) { _ throws(MiAccountError) in
            Issue.record("no refresh expected")
            return tokens
        }
        let error = await #expect(throws: MiAccountError.self) { try await state.signer() }
        #expect(error?.kind == .tokenExpired)
    }

    @Test func aFailedRefreshKeepsTheOldTokensAndSaysWhy() async throws {
        let state = AuthState(tokens: expired) { _ throws(MiAccountError) in
            throw MiAccountError.service(code: "96009", description: "refresh token used", status: 200)
        }
        let error = await #expect(throws: MiAccountError.self) { try await state.refresh() }
        #expect(error?.code == .invalidRefreshtoken)
        #expect(await state.tokens.accessToken == "A0")
    }
}
