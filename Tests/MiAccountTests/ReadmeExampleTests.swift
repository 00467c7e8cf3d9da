import Foundation
import MiAccount
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The README's example, compiled and run against canned answers taken from the docs.
struct ReadmeExampleTests {
    struct DocsAnswers: HTTPTransport {
        func send(_ request: URLRequest) async throws -> (Data, Int) {
            if request.url?.path == "/oauth2/token" {
                return (Data(#"&&&START&&&{"access_token":"V2_T","expires_in":7776000,"refresh_token":"R","scope":"1 3","token_type":"mac","mac_key":"K","mac_algorithm":"HmacSha1","openId":"2.0X"}"#.utf8), 200)
            }
            return (Data(#"{"result":"ok","description":"success","code":0,"data":{"miliaoNick":"Ann","unionId":"u","miliaoIcon":"https://x/a.png"}}"#.utf8), 200)
        }
    }

    @Test func runsTheReadmeExample() async throws {
        let appSecret = "secret"
        var nickname: String?

        let clientID: Int64 = 2882303761517000000
        let client = MiAccountClient(transport: DocsAnswers())

        let session = AuthorizationSession()
        let browserURL = GetAuthorizationCodeRequest(
            clientID: clientID, redirectURI: "https://example.com/callback",
            scope: [.profile, .openID], state: session.state).makeURL()
        #expect(browserURL.query?.contains("response_type=code") == true)
        let redirectURL = URL(string: "https://example.com/callback?code=C0DE&state=\(session.state)")!

        let outcome: RedirectOutcome<GetAuthorizationCodeResponse, GetAuthorizationCodeFailure> =
            try session.outcome(of: redirectURL)
        switch outcome {
        case .failure(let error):
            Issue.record("unexpected failure \(error.code?.name ?? error.rawCode ?? "")")
        case .success(let grant):
            let token = try await client.send(ExchangeCodeForAccessTokenRequest(
                clientID: clientID, redirectURI: "https://example.com/callback",
                clientSecret: appSecret, code: grant.code))
            let auth = AuthState(tokens: token.makeTokenSet(issuedAt: Date()), client: client) { refreshToken in
                RefreshAccessTokenRequest(clientID: clientID, redirectURI: "https://example.com/callback",
                                          clientSecret: appSecret, refreshToken: refreshToken)
            }
            let profile = try await client.send(using: auth) { GetUserProfileRequest(clientID: clientID, token: $0) }
            nickname = profile.data.miliaoNick
        }
        #expect(nickname == "Ann")
    }
}
