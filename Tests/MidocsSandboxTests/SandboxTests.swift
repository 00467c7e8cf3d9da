import Foundation
import MiAccountRules
import MidocsSandbox
import Testing

/// The sandbox's behaviour on the repository's own docs, without sockets.
struct SandboxTests {
    let base = "http://127.0.0.1:8787"
    let client = "client_id=2882303761517000000&redirect_uri=https%3A%2F%2Fexample.com%2Fcallback"

    func authorizeCode(_ fixture: SandboxFixture, scope: String = "1%203") throws -> String {
        let answer = fixture.get("\(base)/oauth2/authorize?\(client)&response_type=code&scope=\(scope)&state=s1")
        #expect(answer.status == 302)
        let location = try #require(answer.headers["Location"].flatMap(URLComponents.init(string:)))
        #expect(location.queryItems?.first { $0.name == "state" }?.value == "s1")
        return try #require(location.queryItems?.first { $0.name == "code" }?.value)
    }

    func exchange(_ fixture: SandboxFixture, code: String) -> [String: Any] {
        SandboxFixture.json(
            fixture.get("\(base)/oauth2/token?\(client)&client_secret=sandbox-secret&grant_type=authorization_code&code=\(code)"))
    }

    @Test func issuesACodeOnceAndRefusesItAgain() throws {
        let fixture = SandboxFixture()
        let code = try authorizeCode(fixture)
        let token = exchange(fixture, code: code)
        #expect(token["token_type"] as? String == "mac")
        #expect((token["mac_key"] as? String)?.isEmpty == false)
        #expect(token["scope"] as? String == "1 3")
        let again = fixture.get("\(base)/oauth2/token?\(client)&client_secret=sandbox-secret&grant_type=authorization_code&code=\(code)")
        #expect(again.text.hasPrefix("&&&START&&&"))
        #expect(SandboxFixture.code(again) == 96013)
    }

    @Test func aCodeExpiresAfterFiveMinutes() throws {
        let fixture = SandboxFixture()
        let code = try authorizeCode(fixture)
        fixture.advance(seconds: 301)
        #expect(exchange(fixture, code: code)["error"] as? Int == 96013)
    }

    @Test func theSameSeedGivesTheSameCodes() throws {
        #expect(try authorizeCode(SandboxFixture(seed: 3)) == authorizeCode(SandboxFixture(seed: 3)))
        #expect(try authorizeCode(SandboxFixture(seed: 3)) != authorizeCode(SandboxFixture(seed: 4)))
    }

    @Test func theImplicitGrantAnswersInTheFragment() throws {
        let fixture = SandboxFixture()
        let answer = fixture.get("\(base)/oauth2/authorize?\(client)&response_type=token&scope=1&state=s2")
        let location = try #require(answer.headers["Location"])
        #expect(location.hasPrefix("https://example.com/callback#access_token="))
        #expect(location.contains("&state=s2"))
        #expect(!location.contains("refresh_token"))
    }

    /// Redirect URIs an attacker would try: never redirected to, and no code issued.
    @Test(arguments: [
        "https%3A%2F%2Fexample.com%2Fcallback%2F..%2Fadmin", "https%3A%2F%2Fexample.com%2Fcallback%2F%252e%252e%2Fadmin",
        "https%3A%2F%2Fexample.com%40evil.com%2Fcallback", "https%3A%2F%2Fevil.com%2Fcallback", "http%3A%2F%2Fexample.com%2Fcallback",
        "https%3A%2F%2Fexample.com%2Fcallback%23x", "https%3A%2F%2Fexample.com.evil.com%2Fcallback",
    ])
    func neverRedirectsToAnUnregisteredURI(_ redirect: String) {
        let answer = SandboxFixture().get(
            "\(base)/oauth2/authorize?client_id=2882303761517000000&redirect_uri=\(redirect)&response_type=code")
        #expect(answer.status == 400)
        #expect(answer.headers["Location"] == nil)
        #expect(SandboxFixture.code(answer) == 96010)
    }

    @Test func aFailureAfterTheRedirectURIIsCheckedGoesBackByRedirect() throws {
        let answer = SandboxFixture().get("\(base)/oauth2/authorize?\(client)&response_type=code&scope=99&state=s3")
        let location = try #require(answer.headers["Location"])
        #expect(location.hasPrefix("https://example.com/callback?error=96007&error_description="))
        #expect(location.hasSuffix("&state=s3"))
    }

    @Test(arguments: [
        ("client_id=2882303761517000000&response_type=code", 96002, "redirect_uri"),
        ("client_id=abc&redirect_uri=https%3A%2F%2Fexample.com%2Fcallback&response_type=code", 96002, "client_id"),
        ("client_id=1&redirect_uri=https%3A%2F%2Fexample.com%2Fcallback&response_type=code", 96001, ""),
        ("client_id=2882303761517000000&redirect_uri=%FF%FE&response_type=code", 96002, ""),
    ])
    func badParametersGetTheDocumentedCode(_ query: String, _ code: Int, _ parameter: String) {
        let answer = SandboxFixture().get("\(base)/oauth2/authorize?\(query)")
        #expect(answer.status == 400)
        #expect(SandboxFixture.code(answer) == code)
        if !parameter.isEmpty { #expect(SandboxFixture.json(answer)["parameter"] as? String == parameter) }
    }

    /// RFC 6749 4.1.2.1: once the client and redirect URI are known good, errors go back to it.
    @Test func anUnsupportedResponseTypeGoesBackByRedirect() throws {
        let answer = SandboxFixture().get("\(base)/oauth2/authorize?\(client)&response_type=password&state=s4")
        #expect(answer.status == 302)
        #expect(try #require(answer.headers["Location"]).hasPrefix("https://example.com/callback?error=96011&"))
    }

    @Test func aHugeQueryIsRefusedNotRead() {
        let answer = SandboxFixture().get("\(base)/oauth2/token?code=" + String(repeating: "A", count: 20_000))
        #expect(answer.status == 400)
        #expect(SandboxFixture.code(answer) == 96002)
    }

    @Test func unknownPathsAndMethodsAreHTTPErrors() {
        let fixture = SandboxFixture()
        #expect(fixture.get("\(base)/admin").status == 404)
        let post = fixture.sandbox.respond(to: SandboxRequest(method: "POST", url: "\(base)/user/profile")!)
        #expect(post.status == 405)
        #expect(post.headers["Allow"] == "GET")
    }

    @Test func theRefreshTokenWorksOnce() throws {
        let fixture = SandboxFixture()
        let token = exchange(fixture, code: try authorizeCode(fixture))
        let refresh = try #require(token["refresh_token"] as? String)
        let url = "\(base)/oauth2/token?\(client)&client_secret=sandbox-secret&grant_type=refresh_token&refresh_token=\(refresh)"
        #expect(SandboxFixture.json(fixture.get(url))["access_token"] != nil)
        #expect(SandboxFixture.code(fixture.get(url)) == 96009)
    }

    @Test func theClientSecretMustMatch() throws {
        let fixture = SandboxFixture()
        let code = try authorizeCode(fixture)
        let answer = fixture.get("\(base)/oauth2/token?\(client)&client_secret=wrong&grant_type=authorization_code&code=\(code)")
        #expect(SandboxFixture.code(answer) == 96003)
    }
}

/// Open API calls and their MAC signatures.
struct SandboxSignatureTests {
    let base = "http://127.0.0.1:8787"

    func signedToken(_ fixture: SandboxFixture, scope: String = "1%203") throws -> (token: String, key: String) {
        let tests = SandboxTests()
        let token = tests.exchange(fixture, code: try tests.authorizeCode(fixture, scope: scope))
        return (try #require(token["access_token"] as? String), try #require(token["mac_key"] as? String))
    }

    func call(_ fixture: SandboxFixture, path: String, token: String, key: String, nonce: String? = nil, host: String = "127.0.0.1") -> SandboxResponse {
        let query = "clientId=2882303761517000000&token=\(token)"
        let nonce = nonce ?? "\(UInt64.random(in: 1...UInt64.max >> 2)):\(Int64(Date().timeIntervalSince1970 / 60))"
        let signature = MACSignature(nonce: nonce, method: "GET", host: host, path: path, query: MACSignature.parseQuery(query))
        return fixture.get("\(base)\(path)?\(query)", headers: ["Authorization": signature.authorizationHeader(accessToken: token, key: key)])
    }

    @Test func answersASignedCallWithTheDocumentedEnvelope() throws {
        let fixture = SandboxFixture()
        let (token, key) = try signedToken(fixture)
        let answer = call(fixture, path: "/user/openidV2", token: token, key: key)
        let json = SandboxFixture.json(answer)
        #expect(answer.status == 200)
        #expect(json["result"] as? String == "ok")
        let openID = try #require((json["data"] as? [String: Any])?["openid"] as? String)
        #expect(openID.hasPrefix("2.0"))
        #expect(fixture.sandbox.banner.contains { $0.contains("openId \(openID);") })
    }

    @Test func refusesABadSignatureAReplayAndAStaleNonce() throws {
        let fixture = SandboxFixture()
        let (token, key) = try signedToken(fixture)
        #expect(SandboxFixture.code(call(fixture, path: "/user/profile", token: token, key: "wrong")) == 96012)
        #expect(SandboxFixture.code(call(fixture, path: "/user/profile", token: token, key: key, host: "open.account.xiaomi.com")) == 96012)
        let nonce = "42:\(Int64(Date().timeIntervalSince1970 / 60))"
        #expect(SandboxFixture.json(call(fixture, path: "/user/profile", token: token, key: key, nonce: nonce))["result"] as? String == "ok")
        #expect(SandboxFixture.code(call(fixture, path: "/user/profile", token: token, key: key, nonce: nonce)) == 96012)
        let stale = "43:\(Int64(Date().timeIntervalSince1970 / 60) - 10)"
        #expect(SandboxFixture.code(call(fixture, path: "/user/profile", token: token, key: key, nonce: stale)) == 96012)
        let unsigned = fixture.get("\(base)/user/profile?clientId=2882303761517000000&token=\(token)")
        #expect(SandboxFixture.code(unsigned) == 96012)
        let garbage = fixture.get("\(base)/user/profile?clientId=2882303761517000000&token=\(token)", headers: ["Authorization": "MAC nonce=\"x"])
        #expect(SandboxFixture.code(garbage) == 96012)
    }

    @Test func refusesATokenWithoutTheOperationsScopes() throws {
        let fixture = SandboxFixture()
        let (token, key) = try signedToken(fixture, scope: "1")
        #expect(SandboxFixture.code(call(fixture, path: "/user/phoneAndEmail", token: token, key: key)) == 96005)
        #expect(SandboxFixture.code(call(fixture, path: "/user/profile", token: "V2_unknown", key: key)) == 96008)
    }

    @Test func confirmsThePasswordWithASignedCallback() throws {
        let fixture = SandboxFixture()
        let callback = "https%3A%2F%2Fexample.com%2Fxm"
        let answer = fixture.get("\(base)/checkPassword?clientId=2882303761517000000&xmUserId=1909031&callback=\(callback)")
        #expect(answer.status == 200)
        let delivered = try #require(answer.deliveries.first.flatMap(URL.init(string:)))
        #expect(delivered.absoluteString.hasPrefix("https://example.com/xm?xmResult=true&xmUserId=1909031&code="))
        let signature = try #require(URLComponents(url: delivered, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "_xmSign" }?.value)
        let components = URLComponents(url: delivered, resolvingAgainstBaseURL: false)!
        let nonce = components.queryItems!.first { $0.name == "_xmNonce" }!.value!
        let query = MACSignature.parseQuery(components.percentEncodedQuery!).filter { !$0.name.hasPrefix("_xm") }
        let expected = MACSignature(nonce: nonce, method: "GET", host: "example.com", path: "/xm", query: query).signature(key: "sandbox-secret")
        #expect(ConstantTime.equals(signature, expected))
        let elsewhere = fixture.get("\(base)/checkPassword?clientId=2882303761517000000&xmUserId=1909031&callback=https%3A%2F%2Fevil.com%2Fxm")
        #expect(SandboxFixture.code(elsewhere) == 96010)
        #expect(elsewhere.deliveries.isEmpty)
    }
}
