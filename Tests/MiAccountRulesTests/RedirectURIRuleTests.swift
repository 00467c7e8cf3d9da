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

    @Test func acceptsAnyOfSeveralRegisteredURIs() {
        #expect(RedirectURIRule.matches("https://id.mi.com/x", anyOf: "https://mi.com/;https://id.mi.com/"))
        #expect(!RedirectURIRule.matches("http://id.mi.com/x", anyOf: "https://mi.com/;https://id.mi.com/"))
    }
}
