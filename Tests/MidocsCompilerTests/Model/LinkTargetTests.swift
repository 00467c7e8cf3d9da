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
        ("notes/a:b.md", .file(path: "notes/a:b.md")),
        ("a#b#c.md", .file(path: "a")),
    ])
    func readsTheDestination(_ destination: String, _ expected: Link.Target) {
        #expect(Link.target(of: destination, onPage: "here") == expected)
    }
}
