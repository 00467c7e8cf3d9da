import Testing

@testable import MidocsCompiler

/// How a destination as written reads: a page and anchor, a file, or a link off the site.
struct LinkTargetTests {
    @Test(arguments: [
        ("#scope-table", Link.Target.page(slug: "here", fragment: "scope-table")),
        ("scope-list.md#scope-4", .page(slug: "scope-list", fragment: "scope-4")),
        ("scope-list.html", .page(slug: "scope-list", fragment: nil)),
        ("./open-api.md?lang=en#profile", .page(slug: "open-api", fragment: "profile")),
        ("error%20codes.md", .page(slug: "error codes", fragment: nil)),
        ("?x=1", .page(slug: "here", fragment: nil)),
        ("images/flow.svg", .file(path: "images/flow.svg")),
        ("https://open.account.xiaomi.com/oauth2/token", .external(url: "https://open.account.xiaomi.com/oauth2/token")),
        ("mailto:dev@example.com", .external(url: "mailto:dev@example.com")),
        ("x-app+v1.2:open", .external(url: "x-app+v1.2:open")),
        ("//cdn.example.com/a.js", .external(url: "//cdn.example.com/a.js")),
        ("été:x", .external(url: "été:x")),
        ("notes/a:b.md", .page(slug: "notes/a:b", fragment: nil)),
        ("a#b#c.md", .file(path: "a")),
    ])
    func readsTheDestination(_ destination: String, _ expected: Link.Target) {
        #expect(Link.target(of: destination, onPage: "here") == expected)
    }

    /// A path is read from the page's own folder; `/` starts at the content folder.
    @Test(arguments: [
        ("token.md#get", "api/v2/users", Link.Target.page(slug: "api/v2/token", fragment: "get")),
        ("../token.md", "api/v2/users", .page(slug: "api/token", fragment: nil)),
        ("../../README.md", "api/v2/users", .page(slug: "index", fragment: nil)),
        ("/guide/README.md#start", "api/v2/users", .page(slug: "guide/index", fragment: "start")),
        ("../guide/", "api/users", .page(slug: "guide/index", fragment: nil)),
        ("./", "api/users", .page(slug: "api/index", fragment: nil)),
        ("./images/../img/a.png", "api/users", .file(path: "api/img/a.png")),
        ("../../outside.md", "api/users", .page(slug: "../outside", fragment: nil)),
        ("Readme.markdown", "here", .page(slug: "index", fragment: nil)),
    ])
    func readsAPathFromThePagesFolder(_ destination: String, _ page: String, _ expected: Link.Target) {
        #expect(Link.target(of: destination, onPage: page) == expected)
    }

    @Test func climbsBackToTheTopOfTheSite() {
        #expect(Link.root(of: "index") == "")
        #expect(Link.root(of: "api/v2/users") == "../../")
    }
}
