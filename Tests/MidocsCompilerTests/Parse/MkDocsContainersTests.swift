import Testing

@testable import MidocsCompiler

struct MkDocsContainersTests {
    /// Nested containers lose four spaces a level, their markers become one-line comments,
    /// and every line keeps its number and column, so diagnostics point where the file says.
    @Test func opensNestedContainersLineForLine() throws {
        let text = """
            ??? example "示例"
                === "请求"
                    ```json
                    {"a": 1}
                    ```
                === "响应"
                    ```json
                    {"code": 0}
                    ```
            after
            """
        let opened = try #require(MkDocsContainers.flattened(text))
        #expect(
            opened.split(separator: "\n", omittingEmptySubsequences: false) == [
                "<!--??? example \"示例\"-->", "<!--=== \"请求\"-->", "```json", "{\"a\": 1}", "```", "<!--=== \"响应\"-->",
                "```json", "{\"code\": 0}", "```", "after",
            ])
        let document = MarkdownDocument(parsing: SourceFile(path: "a.md", text: text))
        let fences = document.blocks.filter { if case .codeBlock = $0.kind { true } else { false } }
        #expect(fences.map(\.range.start.line) == [3, 7])
        // Columns are the file's: the fences stand eight spaces in.
        #expect(fences.map(\.range.start.column) == [9, 9])
        #expect(MkDocsContainers.marker(inComment: "<!--=== \"响应\"-->")?.title == "响应")
    }

    /// Windows line endings: `\r\n` is one Character, and the lines are still found.
    @Test func opensContainersInCRLFFiles() throws {
        let opened = try #require(MkDocsContainers.flattened("!!! note \"N\"\r\n    Inside.\r\nafter\r\n"))
        #expect(opened.split(separator: "\n", omittingEmptySubsequences: false) == ["<!--!!! note \"N\"-->", "Inside.", "after", ""])
    }

    /// Text that only looks like a marker is left alone: a marker with nothing indented
    /// under it, one inside a fence, and a page without any.
    @Test func leavesLookalikesAlone() {
        #expect(MkDocsContainers.flattened("!!! note\nnot indented\n") == nil)
        #expect(MkDocsContainers.flattened("```\n=== \"Tab\"\n    code\n```\n") == nil)
        #expect(MkDocsContainers.flattened("# Title\n\n    indented code\n") == nil)
        #expect(MkDocsContainers.marker("=== not a title") == nil)
        #expect(MkDocsContainers.marker("!!! note inline end \"Side\"")?.title == "Side")
    }

    /// The site shows a container's title, escaped, where the marker stood.
    @Test func rendersTheTitle() {
        let document = MarkdownDocument(parsing: SourceFile(path: "a.md", text: "!!! tip \"<b>Fast</b>\"\n    Content.\n"))
        let html = MarkdownHTMLRenderer().render(document.root)
        #expect(html.contains("<p class=\"container-title\"><strong>&lt;b&gt;Fast&lt;/b&gt;</strong></p>"))
        #expect(html.contains("<p>Content.</p>"))
    }
}
