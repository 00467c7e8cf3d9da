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

    /// Every table region of a page has a name of its own: tables that share their columns
    /// are told apart by their section, or else by their place.
    @Test func namesEveryTableRegionOfAPageApart() {
        let table = "| Part | Value |\n| --- | --- |\n| a | b |\n\n"
        let text = "# Page\n\n| Name | Type |\n| --- | --- |\n| x | y |\n\n## Example 1\n\n" + table + "## Example 2\n\n" + table
        let labels = regionLabels(text)
        #expect(labels == ["Table: Name, Type", "Table: Part, Value, in Example 1", "Table: Part, Value, in Example 2"])
        #expect(regionLabels("## Example\n\n" + table + table) == ["Table: Part, Value (1 of 2)", "Table: Part, Value (2 of 2)"])
    }

    private func regionLabels(_ text: String) -> [String] {
        let document = MarkdownDocument(parsing: SourceFile(path: "x.md", text: text))
        var renderer = MarkdownHTMLRenderer()
        renderer.makesScrollingBlocksFocusable = true
        renderer.tableLabels = MarkdownHTMLRenderer.tableLabels(in: document.root)
        return HTMLScan.values(of: "aria-label", in: renderer.render(document.root))
    }
}
