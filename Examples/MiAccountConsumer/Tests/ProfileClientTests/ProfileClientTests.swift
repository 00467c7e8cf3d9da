import Foundation
import MiAccountRuntime
import ProfileClient
import Testing

struct ProfileClientTests {
    @Test func buildsTheAuthorizeURLFromTheGeneratedRequest() {
        let url = SignIn.authorizeURL(clientID: 42, redirectURI: "https://example.com/cb", state: "s")
        #expect(
            url.absoluteString
                == "https://account.xiaomi.com/oauth2/authorize?client_id=42&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&response_type=code&scope=1%203&state=s"
        )
    }

    @Test func signsTheProfileRequestWithTheGeneratedType() throws {
        let request = GetUserProfileRequest(
            clientID: 179_887_661_252_608,
            token: "eJxjYGAQydknLLCFsVyIR-DxSqdTnQFGfX4yDAwMjAzxQJIheJfnRTDtvAhMM8SE_2FgWDw7Rg3MYzdUMFIwVjABMplzE5MBClYRuw")
        let header = MACSigner(accessToken: request.token, macKey: "ORhx44qK6Alqf8vt2rGB5f-oPq0")
            .authorization(for: request, nonce: try #require(Nonce("2870867952176701445:23282360")))
        #expect(header.hasSuffix(#"mac="vLXZ8fqoGPik4yqDj2XP2Mbd+is=""#))
        #expect(Endpoint.all.count == 9)
    }
}
