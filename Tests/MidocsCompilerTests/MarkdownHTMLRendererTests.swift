import Foundation
import Testing

@testable import MidocsCompiler

struct MarkdownHTMLRendererTests {
    /// Our renderer must say what cmark-gfm says, so the site is as faithful as the parser.
    @Test(arguments: ["Markdown/rendering.md", "Markdown/positions.md"])
    func agreesWithTheCmarkGFMCommand(fixture: String) throws {
        let file = try TestSupport.fixture(fixture)
        let expected = try TestSupport.run(
            "cmark-gfm",
            ["-e", "table", "-e", "autolink", "-e", "strikethrough",
             TestSupport.fixtures.appendingPathComponent(fixture).path])
        let rendered = MarkdownHTMLRenderer().render(MarkdownDocument(parsing: file).root)
        #expect(rendered == expected)
    }

    @Test func dropsScriptLinksAndRawHTML() {
        let file = SourceFile(path: "x.md", text: "[a](javascript:alert(1)) <script>x</script>\n\n<iframe></iframe>\n")
        let html = MarkdownHTMLRenderer().render(MarkdownDocument(parsing: file).root)
        #expect(!html.contains("javascript"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<iframe"))
    }

    @Test func givesHeadingsTheirIDAndAPermalink() {
        let document = MarkdownDocument(parsing: SourceFile(path: "x.md", text: "## Get the profile\n"))
        let renderer = MarkdownHTMLRenderer(headingIDs: [document.blocks[0].range.start: "get-the-profile"])
        #expect(
            renderer.render(document.root)
                == "<h2 id=\"get-the-profile\">Get the profile <a class=\"permalink\" href=\"#get-the-profile\" aria-label=\"Permalink to this heading\">#</a></h2>\n"
        )
    }
}
