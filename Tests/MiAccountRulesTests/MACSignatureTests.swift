import MiAccountRules
import Testing

struct MACSignatureTests {
    /// The service's published test vector.
    let profileRequest = MACSignature(
        nonce: "2870867952176701445:23282360", method: "GET", host: "open.account.xiaomi.com",
        path: "/user/profile",
        query: MACSignature.parseQuery(
            "token=eJxjYGAQydknLLCFsVyIR-DxSqdTnQFGfX4yDAwMjAzxQJIheJfnRTDtvAhMM8SE_2FgWDw7Rg3MYzdUMFIwVjABMplzE5MBClYRuw&clientId=179887661252608"
        ))

    @Test func reproducesThePublishedTestVector() {
        #expect(profileRequest.signature(key: "ORhx44qK6Alqf8vt2rGB5f-oPq0") == "vLXZ8fqoGPik4yqDj2XP2Mbd+is=")
    }

    @Test func sortsTheQueryByNameAndDropsEmptyValues() {
        let signature = MACSignature(
            nonce: "1:2", method: "get", host: "Example.com", path: "/p",
            query: [("b", "2"), ("a", "1"), ("empty", ""), ("B", "3")])
        #expect(signature.normalizedQuery == "B=3&a=1&b=2")
        #expect(signature.normalizedString == "1:2\nGET\nexample.com\n/p\nB=3&a=1&b=2\n")
    }

    @Test func buildsTheAuthorizationHeader() {
        #expect(
            profileRequest.authorizationHeader(accessToken: "T", key: "ORhx44qK6Alqf8vt2rGB5f-oPq0")
                == #"MAC access_token="T", nonce="2870867952176701445:23282360", mac="vLXZ8fqoGPik4yqDj2XP2Mbd+is=""#)
    }

    @Test func readsTheSignedPartsFromTheURLAsWritten() throws {
        let signature = try #require(
            MACSignature(url: "HTTPS://Open.Account.Xiaomi.com:443/user/profile?token=a%20b%2Fc&clientId=1", method: "get", nonce: "1:2"))
        #expect(signature.normalizedString == "1:2\nGET\nopen.account.xiaomi.com\n/user/profile\nclientId=1&token=a%20b%2Fc\n")
        #expect(MACSignature(url: "https://h.example", method: "GET", nonce: "1:2")?.path == "/")
    }

    @Test func refusesWhatIsNoURLAsSent() {
        for url in ["/user/profile", "ftp://h.example/p", "h.example/p", "https://h.example/p?token=a b", "https://h.example/p?q=\u{7528}"] {
            #expect(MACSignature(url: url, method: "GET", nonce: "1:2") == nil, "\(url)")
        }
    }

    @Test func makesNoncesAndKnowsThem() {
        let nonce = MACSignature.makeNonce()
        #expect(MACSignature.isNonce(nonce))
        #expect(!MACSignature.isNonce("now") && !MACSignature.isNonce("1:") && !MACSignature.isNonce("1:2:3"))
    }
}
