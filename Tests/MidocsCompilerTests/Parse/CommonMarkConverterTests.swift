import Testing

@testable import MidocsCompiler

struct CommonMarkConverterTests {
    /// cmark-gfm marks the characters that start autolinks and strikethrough in one global
    /// table that every parser sets and clears: pages parsed side by side lost autolinks
    /// at random. Many copies of a page full of them, parsed on every core, must all read
    /// as one parsed alone.
    @Test func parsesAutolinksAlikeOnEveryCore() {
        let text = (1...200).map { "* **https://api\($0).example.com** and ~~www.old\($0).example.com~~" }.joined(separator: "\n")
        let page = SourceFile(path: "changes.md", text: text)
        let alone = MarkdownDocument(parsing: page).root
        var links = 0
        alone.walk { if case .link = $0.kind { links += 1 } }
        #expect(links == 400)
        let together = Array(repeating: page, count: 64).parallelMap { MarkdownDocument(parsing: $0).root }
        #expect(together.allSatisfy { $0 == alone })
    }

    @Test func keepsLineAndColumnOfBlocksAndInlines() throws {
        let document = MarkdownDocument(parsing: try TestSupport.fixture("Markdown/positions.md"))
        let blocks = document.blocks
        #expect(blocks.map(\.range.start.line) == [1, 3, 5, 9, 12])

        let heading = blocks[0]
        #expect(heading.kind == .heading(level: 1))
        #expect(heading.range.start.column == 1)
        #expect(heading.range.end == SourceLocation(file: "positions.md", line: 1, column: 17))

        let code = blocks[1].children[1]
        #expect(code.kind == .code("GET /oauth2/token"))
        #expect(code.range.start.line == 3)
        #expect(code.range.start.column == 7)

        let table = blocks[2]
        #expect(table.kind == .table(alignments: [.none, .center]))
        let bodyCell = table.children[1].children[0]
        #expect(bodyCell.plainText == "client_id")
        #expect(bodyCell.range.start.line == 7)

        let link = try #require(blocks[3].children[1].children[0].children.last)
        #expect(link.kind == .link(destination: "scope-list.md#scope-table", title: ""))
        #expect(link.range.start == SourceLocation(file: "positions.md", line: 10, column: 7))

        #expect(blocks[4].kind == .codeBlock(info: "json", literal: "{\"a\": 1}\n"))
    }

    @Test func readsTheGitHubExtensions() {
        let document = MarkdownDocument(
            parsing: SourceFile(path: "x.md", text: "~~gone~~ www.example.com\n\na | b\n--|--\n1 | 2\n"))
        let paragraph = document.blocks[0]
        #expect(paragraph.children[0].kind == .strikethrough)
        #expect(paragraph.children.contains { $0.kind == .link(destination: "http://www.example.com", title: "") })
        #expect(document.blocks[1].kind == .table(alignments: [.none, .none]))
    }

    @Test func flattensNestingDeeperThanItKeeps() {
        let depth = 5_000
        let text = String(repeating: "> ", count: depth) + "deep\n"
        let document = MarkdownDocument(parsing: SourceFile(path: "deep.md", text: text))
        #expect(document.wasFlattened)
        var level = 0
        var node = document.root
        while let child = node.children.first, child.kind == .blockQuote {
            level += 1
            node = child
        }
        #expect(level < CommonMarkConverter.maximumDepth)
        #expect(document.root.plainText == "deep")
    }
}
