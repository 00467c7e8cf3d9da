/// Writes a Markdown tree back as Markdown, for the pages' Markdown twins: the same blocks
/// and inline marks, link destinations rewritten, raw HTML cut down as on the site, and
/// text escaped only where a character would otherwise start markup.
///
/// `Use the **token** ([scope list](scope-list.md))` is written back as
/// `Use the **token** ([scope list](https://example.com/scope-list.html))`.
struct MarkdownWriter {
    /// What to write instead of a block as written: other Markdown, or nothing.
    enum BlockOverride {
        case replace(with: String)
        case append(String)
    }

    /// Turns a link or image destination as written into the one to write.
    var rewriteDestination: (String) -> String = { $0 }
    /// Lets the twin write a block from the model instead.
    var overrideBlock: (MarkdownNode) -> BlockOverride? = { _ in nil }
    /// Heading ids by the heading's start: a `{#id}` the id came from is not written.
    var headingIDs: [SourceLocation: String] = [:]
    /// Raw HTML is written through this, or left out when nil.
    var rawHTML: RawHTMLSanitizer?

    /// The blocks, separated by blank lines; empty when none writes anything.
    func write(_ blocks: [MarkdownNode]) -> String {
        join(blocks, separator: "\n\n")
    }

    /// One block, with the override if there is one; `previous` is the block before it, if any.
    func write(_ block: MarkdownNode, after previous: MarkdownNode? = nil) -> String {
        guard block.isBlock, let override = overrideBlock(block) else { return writeAsWritten(block, previous: previous) }
        switch override {
        case .replace(let markdown):
            return markdown
        case .append(let markdown):
            return [writeAsWritten(block, previous: previous), markdown].filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
    }

    /// Inline nodes as one line of Markdown (soft breaks become spaces).
    func writeInline(_ nodes: [MarkdownNode]) -> String {
        inline(nodes, breaks: " ")
    }

    private func join(_ blocks: [MarkdownNode], separator: String) -> String {
        var parts: [String] = []
        var previous: MarkdownNode?
        for block in blocks {
            let text = write(block, after: previous)
            if !text.isEmpty { parts.append(text) }
            previous = block
        }
        return parts.joined(separator: separator)
    }

    private func writeAsWritten(_ node: MarkdownNode, previous: MarkdownNode?) -> String {
        switch node.kind {
        case .document:
            return write(node.children)
        case .blockQuote:
            return write(node.children).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case .list(let ordered, let start, let tight):
            return list(node, ordered: ordered, start: start, tight: tight, previous: previous)
        case .item:
            return join(node.children, separator: "\n\n")
        case .codeBlock(let info, let literal):
            return Self.fencedCode(literal, info: info)
        case .htmlBlock(let html) where MkDocsContainers.marker(inComment: html) != nil:
            // The marker as the parser left it: it reads back as the same block.
            return html.trimmingWhitespace()
        case .htmlBlock(let html):
            return rawHTML?.sanitize(html).trimmingWhitespace() ?? ""
        case .paragraph:
            return Self.escapingLineStarts(inline(node.children, breaks: "\n"))
        case .heading(let level):
            let text = headingText(node)
            return String(repeating: "#", count: level) + (text.isEmpty ? "" : " " + text)
        case .thematicBreak:
            return "---"
        case .table(let alignments):
            return table(node, alignments: alignments)
        case .tableHeader, .tableRow, .tableCell:
            return inline(node.children, breaks: " ")
        case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .strikethrough, .link, .image:
            return inline([node], breaks: "\n")
        }
    }

    // MARK: Blocks

    private func list(_ node: MarkdownNode, ordered: Bool, start: Int, tight: Bool, previous: MarkdownNode?) -> String {
        // Two lists in a row would be read back as one unless their markers differ.
        var followsList = false
        if let previous, case .list(let previousOrdered, _, _) = previous.kind, previousOrdered == ordered { followsList = true }
        var items: [String] = []
        for (index, item) in node.children.enumerated() {
            let marker = ordered ? "\(start + index)\(followsList ? ")" : ".")" : (followsList ? "*" : "-")
            let body = join(item.children, separator: tight ? "\n" : "\n\n")
            let indent = String(repeating: " ", count: marker.count + 1)
            let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
            var text = marker
            for (number, line) in lines.enumerated() {
                if number == 0 {
                    text += line.isEmpty ? "" : " " + line
                } else {
                    text += "\n" + (line.isEmpty ? "" : indent + line)
                }
            }
            items.append(text)
        }
        return items.joined(separator: tight ? "\n" : "\n\n")
    }

    private func table(_ node: MarkdownNode, alignments: [MarkdownNode.TableAlignment]) -> String {
        var lines: [String] = []
        for (rowIndex, row) in node.children.enumerated() {
            let cells = row.children.map { Self.tableCell(inline($0.children, breaks: " ")) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
            if rowIndex == 0 {
                let columns = max(alignments.count, cells.count)
                lines.append(
                    "| "
                        + (0..<columns).map { column in
                            switch column < alignments.count ? alignments[column] : .none {
                            case .none: "---"
                            case .left: ":---"
                            case .center: ":---:"
                            case .right: "---:"
                            }
                        }.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func headingText(_ node: MarkdownNode) -> String {
        var node = node
        // `### Limit {#limit-user}`: the id is the heading's, not part of its text.
        if headingIDs[node.range.start] != nil, let last = node.children.last, case .text(let text) = last.kind, text.hasSuffix("}"),
            let open = text.range(of: "{#", options: .backwards)
        {
            node.children[node.children.count - 1].kind = .text(String(String(text[..<open.lowerBound]).reversed().drop { $0 == " " }.reversed()))
        }
        let text = inline(node.children, breaks: " ").trimmingWhitespace()
        // A closing `#` would be read as the end of the heading's marks.
        return text.hasSuffix("#") ? text.dropLast() + "\\#" : text
    }

    // MARK: Inline

    private func inline(_ nodes: [MarkdownNode], breaks: String) -> String {
        var output = ""
        for node in nodes { inline(node, breaks: breaks, into: &output) }
        return output
    }

    private func inline(_ node: MarkdownNode, breaks: String, into output: inout String) {
        switch node.kind {
        case .text(let text):
            output += Self.escaped(text)
        case .softBreak:
            output += breaks
        case .lineBreak:
            output += breaks == "\n" ? "\\\n" : " "
        case .code(let code):
            output += Self.codeSpan(code)
        case .htmlInline(let html):
            output += rawHTML?.sanitize(html) ?? ""
        case .emphasis:
            output += "*" + inline(node.children, breaks: breaks) + "*"
        case .strong:
            output += "**" + inline(node.children, breaks: breaks) + "**"
        case .strikethrough:
            output += "~~" + inline(node.children, breaks: breaks) + "~~"
        case .link(let destination, let title):
            let text = inline(node.children, breaks: breaks)
            guard !HTMLEscaping.isDangerousURL(destination) else {
                output += text
                return
            }
            let target = rewriteDestination(destination)
            // `<https://dev.mi.com>` stays an autolink.
            if node.plainText == destination, target == destination, title.isEmpty, destination.contains(":"), !destination.contains(" ") {
                output += "<" + destination + ">"
            } else {
                output += "[" + text + "](" + Self.destination(target) + Self.title(title) + ")"
            }
        case .image(let destination, let title):
            let target = HTMLEscaping.isDangerousURL(destination) ? "" : rewriteDestination(destination)
            output += "![" + inline(node.children, breaks: " ") + "](" + Self.destination(target) + Self.title(title) + ")"
        default:
            output += writeAsWritten(node, previous: nil)
        }
    }

    // MARK: Escaping

    /// Text with the characters that could start markup escaped: `2 * 3 [a]` is
    /// `2 \* 3 \[a\]`. An underscore inside a word (`client_id`) starts nothing and stays.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { markupBytes.contains($0) }) else { return text }
        // By scalars, not characters: every character escaped is ASCII, and breaking text
        // into characters cost a tenth of writing a twin.
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        func isWordScalar(_ index: Int) -> Bool {
            guard scalars.indices.contains(index) else { return false }
            let properties = scalars[index].properties
            return properties.isAlphabetic || properties.numericType != nil
        }
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "[", "]", "<", "~":
                output.append("\\")
            case "_" where !(isWordScalar(index - 1) && isWordScalar(index + 1)):
                output.append("\\")
            case "&":
                // `&amp;` written as text would be read back as `&`.
                var end = index + 1
                while end < scalars.count, isWordScalar(end) || scalars[end] == "#" { end += 1 }
                if end > index + 1, end < scalars.count, scalars[end] == ";" { output.append("\\") }
            default:
                break
            }
            output.append(scalar)
        }
        return String(output)
    }

    private static let markupBytes: Set<UInt8> = Set("\\`*[]<~_&".utf8)

    /// Escapes what would make a line of a paragraph another block: `# 1`, `> a`, `- b`,
    /// `1. c`, `===`.
    static func escapingLineStarts(_ paragraph: String) -> String {
        guard paragraph.utf8.contains(UInt8(ascii: "\n")) else { return escapingLineStart(paragraph[...]) }
        return paragraph.split(separator: "\n", omittingEmptySubsequences: false).map(escapingLineStart).joined(separator: "\n")
    }

    private static func escapingLineStart(_ line: Substring) -> String {
        guard let first = line.first else { return String(line) }
        let second = line.dropFirst().first
        switch first {
        case "#", "=", "|", ">":
            return "\\" + line
        case "-", "+":
            return second == nil || second == " " || line.allSatisfy({ $0 == first || $0 == " " }) ? "\\" + line : String(line)
        case "0"..."9":
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            let rest = line.dropFirst(digits.count)
            guard digits.count <= 9, let mark = rest.first, mark == "." || mark == ")",
                rest.dropFirst().first == nil || rest.dropFirst().first == " "
            else { return String(line) }
            return digits + "\\" + rest
        default:
            return String(line)
        }
    }

    /// A code span whose backticks outnumber any run inside it: `` `a`b` ``.
    static func codeSpan(_ code: String) -> String {
        let fence = String(repeating: "`", count: longestRun(of: "`", in: code) + 1)
        let padded =
            code.hasPrefix("`") || code.hasSuffix("`") || (code.hasPrefix(" ") && code.hasSuffix(" ") && !code.allSatisfy { $0 == " " })
        return padded ? "\(fence) \(code) \(fence)" : fence + code + fence
    }

    /// A fenced code block whose fence no line of the code can close.
    static func fencedCode(_ literal: String, info: String) -> String {
        let usesTildes = info.contains("`")
        let mark: Character = usesTildes ? "~" : "`"
        let fence = String(repeating: mark, count: max(3, longestRun(of: mark, in: literal) + 1))
        let body = literal.isEmpty || literal.hasSuffix("\n") ? literal : literal + "\n"
        return fence + info + "\n" + body + fence
    }

    private static func longestRun(of mark: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for character in text {
            current = character == mark ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    /// A table cell's Markdown on one line, its pipes escaped (in code spans too, as GFM reads them).
    static func tableCell(_ markdown: String) -> String {
        guard markdown.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n") }) else { return markdown }
        return markdown.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
    }

    /// A link destination that reads back as one: `<a b.html>` when it has spaces or parentheses.
    static func destination(_ url: String) -> String {
        guard url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }) else { return url }
        return "<" + url.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E") + ">"
    }

    private static func title(_ title: String) -> String {
        title.isEmpty ? "" : " \"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
