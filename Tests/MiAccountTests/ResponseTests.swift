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

    @Test func throwsTheDocumentedFailureAsTheOneErrorType() throws {
        let body = Data(#"&&&START&&&{"error":96013,"error_description":"invalid code"}"#.utf8)
        let error = try #require(throws: MiAccountError.self) {
            _ = try ExchangeCodeForAccessTokenRequest.decodeAnswer(body, status: 400)
        }
        #expect(error.kind == .service)
        #expect(error.code == .invalidCode)
        #expect(error.rawCode == "96013")
        #expect(error.description == "invalid code")
        #expect(error.status == 400)
    }

    @Test func throwsTheOpenAPIFailureWithItsCode() throws {
        let body = Data(#"{"result":"error","description":"token expired","code":96008}"#.utf8)
        let error = try #require(throws: MiAccountError.self) { _ = try GetUserProfileRequest.decodeAnswer(body) }
        #expect(error.code == .invalidToken)
        #expect(error.description == "token expired")
    }

    @Test func readsAnRFC6749ErrorName() throws {
        let body = Data(#"&&&START&&&{"error":"invalid_grant","error_description":"no"}"#.utf8)
        let error = try #require(throws: MiAccountError.self) { _ = try RefreshAccessTokenRequest.decodeAnswer(body) }
        #expect(error.code == .invalidGrant)
        #expect(error.rawCode == "invalid_grant")
    }

    @Test func anUndocumentedAnswerIsAnErrorWithItsStatus() throws {
        let error = try #require(throws: MiAccountError.self) {
            _ = try GetUserProfileRequest.decodeAnswer(Data("<html>Bad gateway</html>".utf8), status: 502)
        }
        #expect(error.kind == .unexpectedAnswer)
        #expect(error.status == 502)
        #expect(error.code == nil)
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
        #expect(error.code == .accessDenied)
        #expect(error.description == "access denied")
        #expect(error.status == nil)
    }

    @Test func readsTheImplicitGrantFragment() throws {
        let url = URL(
            string: "https://example.com/cb#access_token=T&token_type=mac&expires_in=7776000&scope=1&mac_key=K&mac_algorithm=HmacSha1")!
        let outcome = try RedirectOutcome<GetAccessTokenInBrowserResponse, GetAccessTokenInBrowserFailure>(url: url)
        guard case .success(let token) = outcome else { Issue.record("expected success"); return }
        #expect(token.accessToken == "T")
        #expect(token.expiresIn == 7_776_000)
    }

    @Test func readsTheStandardNameOfADeniedRedirect() throws {
        let outcome = try RedirectOutcome<GetAuthorizationCodeResponse, GetAuthorizationCodeFailure>(
            url: URL(string: "https://example.com/callback?error=access_denied&error_description=User%20cancelled")!)
        guard case .failure(let error) = outcome else { Issue.record("expected failure"); return }
        #expect(error.code == .accessDenied)
        #expect(error.rawCode == "access_denied")
    }

    @Test func refusesARedirectWithoutARequiredValue() {
        #expect(throws: MiAccountError.missingParameter("code")) {
            _ = try RedirectOutcome<GetAuthorizationCodeResponse, GetAuthorizationCodeFailure>(
                url: URL(string: "https://example.com/callback?state=x")!)
        }
    }
}
