import MiAccountRules
import Testing

struct RedirectURIRuleTests {
    let registered = "https://abc.com/oauth"

    @Test(arguments: [
        "https://abc.com/oauth?x=1&y=2", "https://x.abc.com/oauth?x=1&y=2", "https://x.abc.com/oauth/path?x=1&y=2",
        "https://abc.com:443/oauth", "https://ABC.com/oauth",
    ])
    func accepts(_ requested: String) {
        #expect(RedirectURIRule.mismatch(requested, registered: registered) == nil)
    }

    /// Forms that normalise to the registered URI or to one below it.
    @Test(arguments: [
        "https://abc.com/oauth/./x",  // /oauth/x
        "https://abc.com/oauth/x/../y",  // /oauth/y
        "https://abc.com/oauth/x/..",  // /oauth/
        "https://abc.com/oauth/",
        "https://abc.com/%6fauth",  // `o` encoded
        "https://abc.com/%6Fauth/%7e",  // /oauth/~
        "https://abc.com/oauth/file%2ejson",  // an encoded dot inside a name is a dot
        "https://abc.com./oauth",  // a trailing dot is the same host
        "HTTPS://ABC.COM/oauth",
        "https://abc.com:0443/oauth",
        "https://x_y.abc.com/oauth",  // `_` is allowed in a host
        "https://abc.com/oauth?next=/../admin&x=%2F",  // the query is not compared
    ])
    func acceptsNormalisedForms(_ requested: String) {
        #expect(RedirectURIRule.mismatch(requested, registered: registered) == nil)
    }

    @Test(arguments: [
        ("http://abc.com/oauth?x=1&y=2", RedirectURIRule.Mismatch.scheme),
        ("https://abc.com:8080/oauth?x=1&y=2", .port),
        ("https://evilabc.com/oauth", .host),
        ("https://abc.com/oauthx", .path),
        ("https://abc.com/", .path),
        ("not a uri", .invalid),
    ])
    func refuses(_ requested: String, because reason: RedirectURIRule.Mismatch) {
        #expect(RedirectURIRule.mismatch(requested, registered: registered) == reason)
    }

    /// Each row an attempt to leave `https://abc.com/oauth` while looking as if below it.
    @Test(arguments: [
        // Dot segments are removed before comparing.
        ("https://abc.com/oauth/../admin", RedirectURIRule.Mismatch.path),
        ("https://abc.com/oauth/x/../../admin", .path),
        ("https://abc.com/oauth/..", .path),
        ("https://abc.com/../oauth", .ambiguousPath),  // above the root
        // Encoded dots, slashes and backslashes have no single meaning.
        ("https://abc.com/oauth/%2e%2e/admin", .ambiguousPath),
        ("https://abc.com/oauth/%2E%2E/admin", .ambiguousPath),
        ("https://abc.com/oauth/.%2e/admin", .ambiguousPath),
        ("https://abc.com/oauth/%2e/x", .ambiguousPath),
        ("https://abc.com/oauth/..;/admin", .ambiguousPath),
        ("https://abc.com/oauth%2f..%2fadmin", .ambiguousPath),
        ("https://abc.com/oauth/%2F", .ambiguousPath),
        ("https://abc.com/oauth%5c..%5cadmin", .ambiguousPath),
        (#"https://abc.com/oauth\..\admin"#, .ambiguousPath),
        ("https://abc.com/oauth/%zz", .invalid),
        ("https://abc.com/oauth/a b", .invalid),
        ("https://abc.com/oauth?a b", .invalid),
        // The host.
        ("https://ab%63.com/oauth", .invalidHost),
        (#"https://abc.com\@evil.com/oauth"#, .invalidHost),
        ("https://abc .com/oauth", .invalidHost),
        ("https://abc.com\t/oauth", .invalidHost),
        ("https://\u{0430}bc.com/oauth", .invalidHost),  // a Cyrillic а
        ("https://abc.\u{212A}om/oauth", .invalidHost),  // the Kelvin sign, which lowercases to k
        ("https://abc..com/oauth", .invalidHost),
        ("https:///oauth", .invalidHost),
        ("https://:443/oauth", .invalidHost),
        ("https://x.abc.com!/oauth", .invalidHost),
        ("https://abc.com.evil.com/oauth", .host),
        ("https://evil.com/abc.com/oauth", .host),
        ("https://evil.com?abc.com/oauth", .host),
        ("https://1.2.3.4/oauth", .host),
        ("https://2130706433/oauth", .invalidHost),  // 127.0.0.1 to a browser
        ("https://0x7f.1/oauth", .invalidHost),
        // Userinfo and fragments.
        ("https://abc.com@evil.com/oauth", .userinfo),
        ("https://user:pw@abc.com/oauth", .userinfo),
        ("https://abc.com%40evil.com/oauth", .invalidHost),
        ("https://abc.com/oauth#x", .fragment),
        ("https://abc.com/oauth#", .fragment),
        ("https://evil.com#@abc.com/oauth", .fragment),
        // Ports.
        ("https://abc.com:99999/oauth", .invalidPort),
        ("https://abc.com:0/oauth", .invalidPort),
        ("https://abc.com:8o/oauth", .invalidPort),
        ("https://abc.com:-1/oauth", .invalidPort),
        ("https://abc.com:/oauth", .invalidPort),
        ("https://abc.com:99999999999999999999999/oauth", .invalidPort),
        ("https://abc.com:80/oauth", .port),
        // Not absolute.
        ("https:abc.com/oauth", .invalid),
        ("//abc.com/oauth", .invalid),
        (" https://abc.com/oauth", .invalid),
        ("", .invalid),
    ])
    func refusesAttacks(_ requested: String, because reason: RedirectURIRule.Mismatch) {
        #expect(RedirectURIRule.mismatch(requested, registered: registered) == reason)
    }

    @Test func comparesEncodedCharactersInUppercaseHex() {
        #expect(RedirectURIRule.matches("https://abc.com/a%2bb/c", registered: "https://abc.com/a%2Bb"))
        #expect(!RedirectURIRule.matches("https://abc.com/a+b", registered: "https://abc.com/a%2Bb"))
    }

    @Test func fillsInDefaultPortsOnBothSides() {
        #expect(RedirectURIRule.matches("http://abc.com:80/oauth", registered: "http://abc.com/oauth"))
        #expect(RedirectURIRule.matches("https://abc.com/oauth", registered: "https://abc.com:443/oauth"))
        #expect(RedirectURIRule.mismatch("http://abc.com:443/oauth", registered: "http://abc.com/oauth") == .port)
    }

    @Test func comparesIPAddressesExactly() {
        #expect(RedirectURIRule.matches("https://10.0.0.1/oauth/x", registered: "https://10.0.0.1/oauth"))
        #expect(RedirectURIRule.mismatch("https://x.10.0.0.1/oauth", registered: "https://10.0.0.1/oauth") == .invalidHost)
        #expect(RedirectURIRule.mismatch("https://010.0.0.1/oauth", registered: "https://10.0.0.1/oauth") == .invalidHost)
        #expect(RedirectURIRule.matches("https://[0:0::1]:8443/cb", registered: "https://[::1]:8443/cb"))
        #expect(RedirectURIRule.mismatch("https://[::2]:8443/cb", registered: "https://[::1]:8443/cb") == .host)
        #expect(RedirectURIRule.mismatch("https://[::1%25eth0]:8443/cb", registered: "https://[::1]:8443/cb") == .invalidHost)
        #expect(RedirectURIRule.mismatch("https://[::1/cb", registered: "https://[::1]/cb") == .invalidHost)
    }

    /// App schemes compare as before: scheme, host, port and path.
    @Test func matchesCustomSchemes() {
        #expect(RedirectURIRule.matches("myapp://cb?code=1", registered: "myapp://cb"))
        #expect(RedirectURIRule.matches("MyApp://cb/done", registered: "myapp://cb"))
        #expect(RedirectURIRule.mismatch("otherapp://cb", registered: "myapp://cb") == .scheme)
        #expect(RedirectURIRule.mismatch("myapp://cb:1", registered: "myapp://cb") == .port)
        #expect(RedirectURIRule.mismatch("myapp:cb", registered: "myapp://cb") == .invalid)
    }

    @Test func refusesToMatchAnInvalidRegisteredURI() {
        for registered in ["https://abc.com/oauth#x", "https://u@abc.com/oauth", "https://abc.com/%2e%2e/oauth", "abc.com/oauth", ""] {
            #expect(RedirectURIRule.mismatch("https://abc.com/oauth", registered: registered) == .invalidRegistration)
        }
    }

    @Test func acceptsAnyOfSeveralRegisteredURIs() {
        #expect(RedirectURIRule.matches("https://id.mi.com/x", anyOf: "https://mi.com/;https://id.mi.com/"))
        #expect(!RedirectURIRule.matches("http://id.mi.com/x", anyOf: "https://mi.com/;https://id.mi.com/"))
        #expect(RedirectURIRule.matches("https://id.mi.com/x", anyOf: "https://mi.com/ ; https://id.mi.com/"))
        #expect(RedirectURIRule.matches("https://id.mi.com/x", anyOf: " ;;https://xiaomi.com/a; https://id.mi.com/ ;"))
    }

    @Test func saysWhyTheFirstRegisteredURIRefuses() {
        let list = "https://abc.com/oauth ; https://mi.com/"
        #expect(RedirectURIRule.mismatch("https://x.mi.com/cb", anyOf: list) == nil)
        #expect(RedirectURIRule.mismatch("http://abc.com/oauth", anyOf: list) == .scheme)
        #expect(RedirectURIRule.mismatch("https://abc.com/oauth/%2e%2e/x", anyOf: list) == .ambiguousPath)
        #expect(RedirectURIRule.mismatch("https://abc.com/oauth", anyOf: " ; ") == .invalidRegistration)
    }
}
