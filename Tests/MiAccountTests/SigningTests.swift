import Foundation
import MiAccount
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

struct SigningTests {
    /// The published test vector, reproduced through the generated request type.
    @Test func signsTheProfileRequestAsTheDocsShow() throws {
        let request = GetUserProfileRequest(
            clientID: 179_887_661_252_608,
            token: "eJxjYGAQydknLLCFsVyIR-DxSqdTnQFGfX4yDAwMjAzxQJIheJfnRTDtvAhMM8SE_2FgWDw7Rg3MYzdUMFIwVjABMplzE5MBClYRuw")
        let signer = MACSigner(accessToken: request.token, macKey: "ORhx44qK6Alqf8vt2rGB5f-oPq0")
        let nonce = try #require(Nonce("2870867952176701445:23282360"))
        let header = signer.authorization(for: request, nonce: nonce)
        #expect(header.hasSuffix(#"nonce="2870867952176701445:23282360", mac="vLXZ8fqoGPik4yqDj2XP2Mbd+is=""#))
        let urlRequest = signer.signedRequest(request, nonce: nonce)
        #expect(urlRequest.value(forHTTPHeaderField: "Authorization") == header)
        #expect(urlRequest.url?.host == "open.account.xiaomi.com")
    }

    @Test func makesFreshNoncesInTheDocumentedShape() throws {
        let nonce = Nonce.make(now: Date(timeIntervalSince1970: 1_396_962_600))
        #expect(nonce.minutes == 23_282_710)
        #expect(Nonce(nonce.description) == nonce)
    }

    /// The /checkPassword callback example from the docs, with the signature they print.
    @Test func verifiesTheCheckPasswordCallback() throws {
        let verifier = CallbackVerifier(clientSecret: "ORhx44qK6Alqf8vt2rGB5f-oPq0")
        let base = "http://third_url.com/xm?xmResult=true&xmUserId=1909031&code=93D6A6663C1095587F68281E654D5526"
            + "&_xmNonce=5964262989045079397%3A24012419"
        let genuine = try #require(URL(string: base + "&_xmSign=PwxaQnkN6N99ZAF%2Bp%2Fv%2BhUIB%2Fuw%3D"))
        // A minute after the nonce's minute, inside the window.
        let now = Date(timeIntervalSince1970: (24_012_419 + 1) * 60)
        #expect(verifier.isAuthentic(genuine, now: now))
        let forged = try #require(URL(string: base.replacingOccurrences(of: "1909031", with: "1909032") + "&_xmSign=PwxaQnkN6N99ZAF%2Bp%2Fv%2BhUIB%2Fuw%3D"))
        #expect(!verifier.isAuthentic(forged, now: now))
        let callback = try ConfirmUserPasswordCallback(parameters: RedirectParameters(url: genuine, delivery: .query))
        #expect(callback.xmResult)
        #expect(callback.xmUserID == 1_909_031)
    }

    @Test func matchesRedirectURIsByTheSharedRule() {
        #expect(RedirectURIRule.matches("https://x.abc.com/oauth/path?x=1", registered: "https://abc.com/oauth"))
        #expect(!RedirectURIRule.matches("https://abc.com:8080/oauth", registered: "https://abc.com/oauth"))
    }
}

/// Answers every request with one body, recording what was sent.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    let body: Data
    private(set) var sent: [URLRequest] = []

    init(body: String) { self.body = Data(body.utf8) }

    func send(_ request: URLRequest) async throws -> (Data, Int) {
        sent.append(request)
        return (body, 200)
    }
}

struct ClientTests {
    @Test func sendsASignedOpenAPICallAndDecodesTheAnswer() async throws {
        let transport = RecordingTransport(body: #"{"result":"ok","description":"success","code":0,"data":{"openid":"o-1"}}"#)
        let client = MiAccountClient(transport: transport)
        let answer = try await client.send(
            GetUserOpenIDRequest(clientID: 1, token: "T"), signedWith: MACSigner(accessToken: "T", macKey: "K"))
        #expect(answer.data.openid == "o-1")
        let sent = try #require(transport.sent.first)
        #expect(sent.url?.absoluteString == "https://open.account.xiaomi.com/user/openidV2?clientId=1&token=T")
        #expect(sent.value(forHTTPHeaderField: "Authorization")?.hasPrefix(#"MAC access_token="T", nonce=""#) == true)
    }
}
