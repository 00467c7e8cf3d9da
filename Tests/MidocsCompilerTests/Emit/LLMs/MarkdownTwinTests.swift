import Foundation
import Testing

@testable import MidocsCompiler

/// The pages' Markdown twins: one real page byte for byte against a reviewed file, every
/// operation as a compact block, links to the site's addresses, and Markdown that reads
/// back as the page it was written from.
struct MarkdownTwinTests {
    private func outputs(_ content: Content) -> [String: String] {
        let compilation = compile(content)
        #expect(!compilation.diagnostics.containsErrors, "\(compilation.diagnostics)")
        return Dictionary(compilation.outputs.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
    }

    /// A content folder of `pages` alone, with the repository's theme.
    private func content(_ pages: [String: String], configuration: SiteConfiguration = SiteConfiguration(title: "Library docs")) throws -> Content {
        var content = try TestSupport.loadRepositoryContent()
        content.files = pages.sorted { $0.key < $1.key }.map { SourceFile(path: $0.key, text: $0.value) }
        content.assets = []
        content.configuration = configuration
        return content
    }

    @Test func aRealPageHasItsReviewedTwin() throws {
        let twin = try #require(outputs(try TestSupport.loadRepositoryContent())["authorization-code.html.md"])
        try Golden.check(Data(twin.utf8), against: "Emit/authorization-code.html.md")
    }

    @Test func everyPageHasATwinAndEveryOperationAFactBlockInIt() throws {
        let content = try TestSupport.loadRepositoryContent()
        let spec = compile(content).spec
        let outputs = outputs(content)
        for page in spec.pages {
            let twin = try #require(outputs["\(page.slug).html.md"], "\(page.slug) has no twin")
            #expect(twin.hasPrefix("# \(page.title)\n"))
            #expect(!twin.contains("Skip to main content") && !twin.contains("class=\""), "\(page.slug) holds the theme's text")
        }
        let errors = Dictionary(spec.errorCodes.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        for operation in spec.operations {
            let twin = try #require(outputs["\(operation.page).html.md"])
            let section = try #require(twin.components(separatedBy: "\n## \(operation.title)\n").last)
            let block = section.components(separatedBy: "\n## ").first ?? section
            #expect(block.contains("`\(operation.method!.rawValue) \(operation.url!)`"), "\(operation.id)")
            #expect(block.contains("- Scopes: "))
            for parameter in operation.parameters { #expect(block.contains("| `\(parameter.name)` | \(parameter.placement.rawValue) |")) }
            for code in operation.errorCodes { #expect(block.contains("  - \(code) `\(errors[code]!)`: "), "\(operation.id) \(code)") }
        }
        let openAPI = try #require(outputs["open-api.html.md"])
        #expect(openAPI.contains("- Scopes: 4 (The user's phone number), 6 (The user's e-mail address)"))
        #expect(openAPI.contains("| `data.miliaoNick` | string | yes | The user's nickname. |"))
        #expect(openAPI.contains("[MAC signatures](https://dev.mi.com/docs/passport/mac-signature-verification.html)"))
        #expect(!openAPI.contains("**Scopes:**") && !openAPI.contains(".md)"))
    }

    @Test func writesWhatThePageGivesInAnotherShapeAtTheEndOfTheOperation() throws {
        let page = try TestSupport.fixture("Styles/definition-parameters.md")
        let twin = try #require(outputs(try content([page.path: page.text]))["definition-parameters.html.md"])
        #expect(twin.contains("`POST /api/v1/accounts`"))
        #expect(twin.contains("### Parameters\n\n| Name | In | Type | Required | Description |"))
        #expect(twin.contains("| `username` | form | string | yes | String. The wanted name. |"))
    }

    @Test func keepsOneExamplePerResponse() throws {
        let page = """
            # Shelves

            ## List the shelves

            `GET https://api.example.com/v1/shelves`

            ### Success: JSON body

            ```json
            {"shelves": []}
            ```

            ```json
            {"shelves": [{"name": "Poetry"}]}
            ```

            """
        let twin = try #require(outputs(try content(["shelves.md": page]))["shelves.html.md"])
        #expect(twin.contains("{\"shelves\": []}"))
        #expect(!twin.contains("Poetry"))
    }

    @Test func linksFromAFolderAreRelativeWithoutABaseURL() throws {
        let pages = [
            "index.md": "# Home\n\nStart with the [guide](guide/auth.md#sign-in).\n",
            "guide/auth.md": "# Auth\n\n## Sign in\n\nBack [home](../index.md), or see the ![flow](flow.svg).\n",
        ]
        var folder = try content(pages)
        folder.assets = [Asset(path: "guide/flow.svg", data: Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))]
        let made = outputs(folder)
        let twin = try #require(made["guide/auth.html.md"])
        #expect(twin.contains("Back [home](../index.html), or see the ![flow](../guide/flow.svg)."))
        let full = try #require(made["llms-full.txt"])
        #expect(full.contains("Back [home](index.html), or see the ![flow](guide/flow.svg)."))
        #expect(full.contains("Start with the [guide](guide/auth.html#sign-in)."))
        #expect(made["llms.txt"]?.contains("- [Auth](guide/auth.html.md): Back home, or see the flow.") == true)
    }

    /// Writing a page back gives Markdown that cmark reads as the same tree: the escaping
    /// leaves no character that starts markup, and takes none away.
    @Test func theWriterReadsBackAsTheSameTree() throws {
        let folders = ["Styles", "Markdown", "Convention"]
        var pages = try TestSupport.loadRepositoryContent().files
        for folder in folders {
            let url = TestSupport.fixtures.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where name.hasSuffix(".md") {
                pages.append(SourceFile(path: name, text: try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)))
            }
        }
        pages.append(
            SourceFile(
                path: "escapes.md",
                text: """
                    # Signs: 2 * 3 = 6 #

                    A [bracket], a `code`, an \\*escaped\\* star, a_word, _under_, &amp; an &copy;, 1 < 2 > 0 and ~~gone~~.
                    1\\. not a list
                    \\- not a list either
                    \\# no heading

                    | a \\| b | `c \\| d` |
                    | --- | :---: |
                    | x | y |

                    - one
                    - two

                    * three

                    > quoted
                    > # heading inside

                    ````
                    ```
                    ````

                    """))
        #expect(pages.count > 20)
        for page in pages {
            let document = MarkdownDocument(parsing: page)
            let written = MarkdownWriter().write(document.blocks)
            let again = MarkdownDocument(parsing: SourceFile(path: page.path, text: written))
            let before = Shape(document.root)
            let after = Shape(again.root)
            #expect(before == after, "\(page.path) reads back otherwise: \(before.firstDifference(from: after) ?? "")\n\(written)")
        }
    }
}

/// A Markdown tree without positions or raw HTML, adjacent texts joined, for comparing
/// what two texts mean.
private struct Shape: Equatable, CustomStringConvertible {
    var kind: String
    var children: [Shape]

    init(_ node: MarkdownNode) {
        kind = Self.name(node.kind)
        var children: [Shape] = []
        for child in node.children {
            if case .htmlBlock = child.kind { continue }
            if case .htmlInline = child.kind { continue }
            // cmark's autolink extension leaves an empty text before a link it finds in bold.
            if case .text(let text) = child.kind, text.isEmpty { continue }
            // A link to a dangerous URL is written as its text, as the site shows it.
            var shapes = [Shape(child)]
            if case .link(let destination, _) = child.kind, HTMLEscaping.isDangerousURL(destination) { shapes = shapes[0].children }
            if case .image(let destination, let title) = child.kind, HTMLEscaping.isDangerousURL(destination) { shapes[0].kind = "image  \(title)" }
            for shape in shapes {
                // A paragraph of raw HTML alone (`<a name="x"></a>`) is written as nothing.
                if shape.kind == "paragraph", shape.children.isEmpty { continue }
                if shape.kind.hasPrefix("text "), let last = children.last, last.kind.hasPrefix("text ") {
                    children[children.count - 1].kind += shape.kind.dropFirst(5)
                } else {
                    children.append(shape)
                }
            }
        }
        // A line starts without the spaces that raw HTML left out (`<br> The glaze`) leaves.
        for index in children.indices.dropFirst() where children[index - 1].kind == "softBreak" && children[index].kind.hasPrefix("text ") {
            children[index].kind = "text " + children[index].kind.dropFirst(5).drop { $0 == " " }
        }
        // A paragraph that opened with raw HTML on a line of its own starts with a line break,
        // which the writer, leaving the HTML out, has no reason to write.
        if node.kind == .paragraph, children.first?.kind == "softBreak" { children.removeFirst() }
        // A heading is written without the spaces that raw HTML left out leaves at its end.
        if node.headingLevel != nil, let last = children.last, last.kind.hasPrefix("text ") {
            children[children.count - 1].kind = "text " + String(last.kind.dropFirst(5).reversed().drop { $0 == " " }.reversed())
        }
        self.children = children
    }

    private static func name(_ kind: MarkdownNode.Kind) -> String {
        switch kind {
        case .text(let text): "text " + text
        case .code(let code): "code " + code
        case .codeBlock(let info, let literal): "codeBlock \(info) \(literal)"
        case .link(let destination, let title): "link \(destination) \(title)"
        case .image(let destination, let title): "image \(destination) \(title)"
        case .list(let ordered, let start, let tight): "list \(ordered) \(start) \(tight)"
        case .heading(let level): "heading \(level)"
        case .table(let alignments): "table \(alignments)"
        default: "\(kind)"
        }
    }

    /// Where two shapes first differ, as the two kinds there.
    func firstDifference(from other: Shape) -> String? {
        guard kind == other.kind, children.count == other.children.count else {
            return "\(kind) [\(children.count) children] became \(other.kind) [\(other.children.count) children]"
        }
        return zip(children, other.children).lazy.compactMap { $0.firstDifference(from: $1) }.first
    }

    var description: String {
        kind + (children.isEmpty ? "" : "(" + children.map(\.description).joined(separator: ", ") + ")")
    }
}
