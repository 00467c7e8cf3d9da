import Foundation
import MiAccount
import Testing

struct ResponseTests {
    @Test func decodesATokenBodyAfterItsPrefix() throws {
        let body = Data(
            """
            &&&START&&&{"access_token":"V2_abc","expires_in":7776000,"refresh_token":"R","scope":"1 3",
            "token_type":"mac","mac_key":"k","mac_algorithm":"HmacSha1","openId":"2.0XXXX"}
            """.utf8)
        let token = try ExchangeCodeForAccessTokenRequest.decodeAnswer(body)
        #expect(token.accessToken == "V2_abc")
        #expect(token.expiresIn == 7_776_000)
        #expect(token.openID == "2.0XXXX")
    }

    @Test func throwsTheDocumentedFailure() throws {
        let body = Data(#"&&&START&&&{"error":96013,"error_description":"invalid code"}"#.utf8)
        #expect(throws: ExchangeCodeForAccessTokenFailure.self) {
            _ = try ExchangeCodeForAccessTokenRequest.decodeAnswer(body)
        }
        do {
            _ = try ExchangeCodeForAccessTokenRequest.decodeAnswer(body)
        } catch let failure as ExchangeCodeForAccessTokenFailure {
            #expect(OAuthErrorCode(rawValue: failure.error) == .invalidCode)
        }
    }

    @Test func decodesTheOpenAPIEnvelopeWithItsData() throws {
        let body = Data(
            #"{"result":"ok","description":"success","code":0,"data":{"miliaoNick":"Ann","unionId":"u1","miliaoIcon":"https://x/a.png"}}"#
                .utf8)
        let profile = try GetUserProfileRequest.decodeAnswer(body)
        #expect(profile.data.miliaoNick == "Ann")
        #expect(profile.data.unionID == "u1")
    }

    @Test func readsTheCodeGrantRedirect() throws {
        let success = try RedirectOutcome<GetAuthorizationCodeResponse, GetAuthorizationCodeFailure>(
            url: URL(string: "https://example.com/callback?code=7B1D&state=a8f3c2")!)
        guard case .success(let answer) = success else { Issue.record("expected success"); return }
        #expect(answer.code == "7B1D")
        #expect(answer.state == "a8f3c2")

        let failure = try RedirectOutcome<GetAuthorizationCodeResponse, GetAuthorizationCodeFailure>(
            url: URL(string: "https://example.com/callback?error=96012&error_description=access%20denied")!)
        guard case .failure(let error) = failure else { Issue.record("expected failure"); return }
        #expect(error.error == 96012)
        #expect(error.errorDescription == "access denied")
    }

    @Test func readsTheImplicitGrantFragment() throws {
        let url = URL(
            string: "https://example.com/cb#access_token=T&token_type=mac&expires_in=7776000&scope=1&mac_key=K&mac_algorithm=HmacSha1")!
        let outcome = try RedirectOutcome<GetAccessTokenInBrowserResponse, GetAccessTokenInBrowserFailure>(url: url)
        guard case .success(let token) = outcome else { Issue.record("expected success"); return }
        #expect(token.accessToken == "T")
        #expect(token.expiresIn == 7_776_000)
    }

    @Test func refusesARedirectWithoutARequiredValue() {
        #expect(throws: MiAccountError.missingParameter("code")) {
            _ = try RedirectOutcome<GetAuthorizationCodeResponse, GetAuthorizationCodeFailure>(
                url: URL(string: "https://example.com/callback?state=x")!)
        }
    }
}
