import Foundation
import Testing

/// `midocs sign`, run as a user runs it. The expected signatures were computed apart, with
/// Python's hmac, from the same five lines.
struct SignTests {
    static let token = "eJxjYGAQydknLLCFsVyIR-DxSqdTnQFGfX4yDAwMjAzxQJIheJfnRTDtvAhMM8SE_2FgWDw7Rg3MYzdUMFIwVjABMplzE5MBClYRuw"
    static let query = "clientId=179887661252608&token=\(token)"
    static let key = ["--access-token", token, "--mac-key", "ORhx44qK6Alqf8vt2rGB5f-oPq0", "--nonce", "2870867952176701445:23282360"]

    static func header(mac: String, token: String = token) -> String {
        "Authorization: MAC access_token=\"\(token)\", nonce=\"2870867952176701445:23282360\", mac=\"\(mac)\"\n"
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)))
    func reproducesThePublishedTestVector() throws {
        let run = try CommandLineTests.midocs(["sign"] + Self.key + ["https://open.account.xiaomi.com/user/profile?\(Self.query)"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == Self.header(mac: "vLXZ8fqoGPik4yqDj2XP2Mbd+is="))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)))
    func signsTheSandboxHostWithoutItsPort() throws {
        let sandbox = try CommandLineTests.midocs(["sign"] + Self.key + ["http://127.0.0.1:8787/user/profile?\(Self.query)"])
        #expect(sandbox.output == Self.header(mac: "dvsCo1EeYI/srXcDI5jebyQJpsg="))
        let withoutPort = try CommandLineTests.midocs(["sign"] + Self.key + ["HTTP://127.0.0.1/user/profile?\(Self.query)"])
        #expect(withoutPort.output == sandbox.output)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)))
    func signsTheQueryAsWrittenNotDecoded() throws {
        let run = try CommandLineTests.midocs(
            ["sign", "--access-token", "a b/c", "--mac-key", "ORhx44qK6Alqf8vt2rGB5f-oPq0", "--nonce", "2870867952176701445:23282360",
             "http://127.0.0.1:8787/user/profile?token=a%20b%2Fc&clientId=2882303761517000000"])
        #expect(run.output == Self.header(mac: "Rrn8aiWhw2i6CSJjlI9xB8wDiag=", token: "a b/c"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)))
    func makesAFreshNonceWhenNoneIsGiven() throws {
        let run = try CommandLineTests.midocs(["sign", "--access-token", "T", "--mac-key", "K", "http://127.0.0.1:8787/user/profile"])
        #expect(run.status == 0)
        let nonce = try #require(run.output.split(separator: "\"").dropFirst(3).first)
        let minutes = try #require(Int64(nonce.split(separator: ":").last ?? ""))
        #expect(abs(minutes - Int64(Date().timeIntervalSince1970 / 60)) <= 1)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)))
    func refusesWhatIsNotAnAbsoluteHTTPURL() throws {
        // A space is not sent as it is: signing what a client would make of it would sign another query.
        for url in [
            "/user/profile?clientId=1", "ftp://open.account.xiaomi.com/user/profile", "open.account.xiaomi.com/user/profile",
            "https://open.account.xiaomi.com/user/profile?token=a b",
        ] {
            let run = try CommandLineTests.midocs(["sign", "--access-token", "T", "--mac-key", "K", url])
            #expect(run.status == 2, "\(url)")
            #expect(run.output.isEmpty)
            #expect(run.errors.contains("'\(url)' is not an absolute http or https URL"))
        }
        let badNonce = try CommandLineTests.midocs(["sign", "--access-token", "T", "--mac-key", "K", "--nonce", "now", "http://127.0.0.1/"])
        #expect(badNonce.status == 2)
    }
}
