import Foundation
import Testing

@testable import MidocsCompiler

/// Each generator's heading ids, so that links written for the docs' old site resolve.
struct HeadingIDSchemeTests {
    @Test(arguments: [
        (HeadingIDScheme.github, "Get the Profile!", "get-the-profile"),
        (.github, "API 参考", "api-参考"),
        (.github, "1. Install", "1-install"),
        (.docsify, "Get the Profile!", "get-the-profile"),
        (.docsify, "1. Install", "_1-install"),
        (.docsify, "A -- B", "a-b"),
        (.docsify, "API 参考", "api-参考"),
        (.kramdown, "1. Install", "install"),
        (.kramdown, "API 参考", "api-"),
        (.kramdown, "参考", "section"),
        (.mkdocs, "Café au lait", "cafe-au-lait"),
        (.mkdocs, "Get the Profile!", "get-the-profile"),
        (.mkdocs, "A -- B", "a-b"),
    ])
    func makesTheGeneratorsID(_ scheme: HeadingIDScheme, _ title: String, _ id: String) {
        var generator = HeadingIDGenerator(scheme: scheme)
        #expect(generator.makeID(for: title) == id)
    }

    @Test func tellsRepeatsApartAsEachGeneratorDoes() {
        var github = HeadingIDGenerator(scheme: .github)
        var mkdocs = HeadingIDGenerator(scheme: .mkdocs)
        #expect(["Example", "Example"].map { github.makeID(for: $0) } == ["example", "example-1"])
        #expect(["Example", "Example", "参考"].map { mkdocs.makeID(for: $0) } == ["example", "example_1", "_1"])
    }

    @Test(arguments: [
        ("#/guide/auth?id=get-a-token", "api/users", Link.Target.page(slug: "guide/auth", fragment: "get-a-token")),
        ("/#/guide/", "index", .page(slug: "guide/index", fragment: nil)),
        ("#/", "guide/auth", .page(slug: "index", fragment: nil)),
        ("?id=setup", "guide/auth", .page(slug: "guide/auth", fragment: "setup")),
        ("guide/auth.md?id=x", "api/users", .page(slug: "guide/auth", fragment: "x")),
        ("#setup", "guide/auth", .page(slug: "guide/auth", fragment: "setup")),
        ("images/a.png", "api/users", .file(path: "images/a.png")),
    ])
    func readsDocsifyLinksFromTheTop(_ destination: String, _ page: String, _ expected: Link.Target) {
        #expect(Link.target(of: destination, onPage: page, scheme: .docsify) == expected)
    }

    /// `### Limit {#limit-user}` states its own id (Hugo, kramdown, Docusaurus), and a
    /// percent-encoded anchor is compared decoded.
    @Test func headingsMayStateTheirIDAndAnchorsMayBeEncoded() throws {
        let file = SourceFile(path: "mod.md", text: "# Mod\n\n### Limit a user {#limit-user}\n\n[a](#limit-user) [b](#%E7%94%A8%E6%88%B7)\n\n## 用户\n")
        let content = Content(files: [file], assets: [], configuration: SiteConfiguration(), theme: Theme(templates: ["page": "{{{content}}}"], staticFiles: []))
        let compilation = compile(content)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics)")
        #expect(compilation.spec.pages[0].headings.map(\.id) == ["mod", "limit-user", "用户"])
        #expect(compilation.spec.pages[0].headings[1].title == "Limit a user")
        let html = try #require(compilation.outputs.first { $0.path == "mod.html" })
        #expect(String(decoding: html.data, as: UTF8.self).contains("<h3 id=\"limit-user\">Limit a user <a"))
    }

    @Test func aDocsifySiteBuildsWithItsOwnLinksUnderItsScheme() throws {
        var content = try ContentLoader(
            contentFolder: TestSupport.fixtures.appendingPathComponent("Checks/anchor-scheme/content"),
            templatesFolder: TestSupport.repository.appendingPathComponent("templates")
        ).load()
        content.configuration.anchors = .docsify
        let compilation = compile(content)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics)")
        let home = try #require(compilation.outputs.first { $0.path == "index.html" })
        let html = String(decoding: home.data, as: UTF8.self)
        #expect(html.contains("href=\"guide/setup.html#_1-install\""))
        #expect(html.contains("id=\"_1-install\"") == false)
        let setup = try #require(compilation.outputs.first { $0.path == "guide/setup.html" })
        #expect(String(decoding: setup.data, as: UTF8.self).contains("id=\"_1-install\""))
    }
}
