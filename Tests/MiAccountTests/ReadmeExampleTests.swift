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
        let sessionState = "s1"
        let appSecret = "secret"
        let redirectURL = URL(string: "https://example.com/callback?code=C0DE&state=s1")!
        var nickname: String?

        let authorize = GetAuthorizationCodeRequest(
            clientID: 2882303761517000000, redirectURI: "https://example.com/callback",
            scope: [.profile, .openID], state: sessionState)
        let browserURL = authorize.makeURL()
        #expect(browserURL.query?.contains("response_type=code") == true)

        switch try RedirectOutcome<GetAuthorizationCodeResponse, GetAuthorizationCodeFailure>(url: redirectURL) {
        case .failure(let error):
            Issue.record("unexpected failure \(error.code?.name ?? "unknown error")")
        case .success(let grant):
            let client = MiAccountClient(transport: DocsAnswers())
            let token = try await client.send(ExchangeCodeForAccessTokenRequest(
                clientID: 2882303761517000000, redirectURI: "https://example.com/callback",
                clientSecret: appSecret, code: grant.code))
            let signer = MACSigner(accessToken: token.accessToken, macKey: token.macKey)
            let profile = try await client.send(
                GetUserProfileRequest(clientID: 2882303761517000000, token: token.accessToken), signedWith: signer)
            nickname = profile.data.miliaoNick
        }
        #expect(nickname == "Ann")
    }
}
