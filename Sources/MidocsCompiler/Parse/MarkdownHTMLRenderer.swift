/// Renders a Markdown tree to HTML the way cmark-gfm does in safe mode, with two hooks for
/// the site: ids on headings and a rewrite of link targets.
///
/// `# Hello` becomes `<h1>Hello</h1>`, or with an id
/// `<h1 id="hello">Hello <a class="permalink" ...>#</a></h1>`.
public struct MarkdownHTMLRenderer {
    /// What to do instead of, or after, rendering a block as written.
    public enum BlockOverride {
        case replace(with: String)
        case append(String)
    }

    /// Heading ids by the heading's start; a heading without one renders without an id.
    public var headingIDs: [SourceLocation: String]
    /// Turns a link or image destination as written into the one to emit.
    public var rewriteDestination: (String) -> String
    /// Lets the site render a block from the model instead.
    public var overrideBlock: (MarkdownNode) -> BlockOverride?
    /// The highlighted inside of a code block for a language, or nil to print it plainly.
    public var highlight: (_ language: String, _ code: String) -> String?
    /// For the site: code blocks and tables, which may scroll sideways, can take keyboard
    /// focus (and tables sit in a labelled, scrolling region). Off, the output is cmark's.
    public var makesScrollingBlocksFocusable = false
    /// The regions' labels of tables by the table's start (`tableLabels(in:)`); a table
    /// without one is labelled by its columns.
    public var tableLabels: [SourceLocation: String] = [:]

    public init(
        headingIDs: [SourceLocation: String] = [:],
        rewriteDestination: @escaping (String) -> String = { $0 },
        overrideBlock: @escaping (MarkdownNode) -> BlockOverride? = { _ in nil },
        highlight: @escaping (String, String) -> String? = { _, _ in nil }
    ) {
        self.headingIDs = headingIDs
        self.rewriteDestination = rewriteDestination
        self.overrideBlock = overrideBlock
        self.highlight = highlight
    }

    /// Raw HTML is shown through this, or left out (as cmark's safe mode does) when nil.
    var rawHTML: RawHTMLSanitizer?

    public func render(_ node: MarkdownNode) -> String {
        render([node])
    }

    public func render(_ nodes: [MarkdownNode]) -> String {
        var output = ""
        for node in nodes { render(node, into: &output, isTight: false) }
        if let rawHTML { output += rawHTML.open.closeAll() }
        return output
    }

    private func render(_ node: MarkdownNode, into output: inout String, isTight: Bool) {
        if node.isBlock, let override = overrideBlock(node) {
            switch override {
            case .replace(let html):
                output += html
            case .append(let html):
                renderAsWritten(node, into: &output, isTight: isTight)
                output += html
            }
            return
        }
        renderAsWritten(node, into: &output, isTight: isTight)
    }

    private func renderAsWritten(_ node: MarkdownNode, into output: inout String, isTight: Bool) {
        switch node.kind {
        case .document:
            renderChildren(node, into: &output)
        case .blockQuote:
            newline(&output)
            output += "<blockquote>\n"
            renderChildren(node, into: &output)
            newline(&output)
            output += "</blockquote>\n"
        case .list(let ordered, let start, let tight):
            newline(&output)
            if ordered {
                output += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
            } else {
                output += "<ul>\n"
            }
            for item in node.children { render(item, into: &output, isTight: tight) }
            output += ordered ? "</ol>\n" : "</ul>\n"
        case .item:
            newline(&output)
            output += "<li>"
            for child in node.children { render(child, into: &output, isTight: isTight) }
            output += "</li>\n"
        case .codeBlock(let info, let literal):
            newline(&output)
            let language = info.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            let highlighted = highlight(language, literal)
            let focus = makesScrollingBlocksFocusable ? " tabindex=\"0\"" : ""
            output += highlighted == nil ? "<pre\(focus)>" : "<pre class=\"highlight\"\(focus)>"
            output += language.isEmpty ? "<code>" : "<code class=\"language-\(HTMLEscaping.escape(language))\">"
            output += highlighted ?? HTMLEscaping.escape(literal)
            output += "</code></pre>\n"
        case .htmlBlock(let html) where MkDocsContainers.marker(inComment: html) != nil:
            // An MkDocs admonition or tab: its title, then its content as the blocks after it.
            if let title = MkDocsContainers.marker(inComment: html)?.title, !title.trimmingWhitespace().isEmpty {
                newline(&output)
                output += "<p class=\"container-title\"><strong>\(HTMLEscaping.escape(title))</strong></p>\n"
            }
        case .htmlBlock(let html):
            newline(&output)
            if let rawHTML {
                output += rawHTML.sanitize(html)
                newline(&output)
            } else {
                output += "<!-- raw HTML omitted -->\n"
            }
        case .paragraph:
            if isTight {
                renderChildren(node, into: &output)
            } else {
                newline(&output)
                output += "<p>"
                renderChildren(node, into: &output)
                output += "</p>\n"
            }
        case .heading(let level):
            renderHeading(node, level: level, into: &output)
        case .thematicBreak:
            newline(&output)
            output += "<hr />\n"
        case .table(let alignments):
            renderTable(node, alignments: alignments, into: &output)
        case .tableHeader, .tableRow, .tableCell:
            renderChildren(node, into: &output)
        case .text(let text):
            output += HTMLEscaping.escape(text)
        case .softBreak:
            output += "\n"
        case .lineBreak:
            output += "<br />\n"
        case .code(let code):
            output += "<code>\(HTMLEscaping.escape(code))</code>"
        case .htmlInline(let html):
            output += rawHTML?.sanitize(html) ?? "<!-- raw HTML omitted -->"
        case .emphasis:
            wrap(node, in: "em", into: &output)
        case .strong:
            wrap(node, in: "strong", into: &output)
        case .strikethrough:
            wrap(node, in: "del", into: &output)
        case .link(let destination, let title):
            output += "<a href=\"\(safeURL(destination))\""
            if !title.isEmpty { output += " title=\"\(HTMLEscaping.escape(title))\"" }
            output += ">"
            renderChildren(node, into: &output)
            output += "</a>"
        case .image(let destination, let title):
            output += "<img src=\"\(safeURL(destination))\" alt=\"\(HTMLEscaping.escape(node.plainText))\""
            if !title.isEmpty { output += " title=\"\(HTMLEscaping.escape(title))\"" }
            output += " />"
        }
    }

    private func renderHeading(_ written: MarkdownNode, level: Int, into output: inout String) {
        newline(&output)
        // `### Limit {#limit-user}`: the id is the heading's, not part of its text.
        var node = written
        if headingIDs[node.range.start] != nil, let last = node.children.last, case .text(let text) = last.kind, text.hasSuffix("}"),
            let open = text.range(of: "{#", options: .backwards)
        {
            node.children[node.children.count - 1].kind = .text(String(String(text[..<open.lowerBound]).reversed().drop { $0 == " " }.reversed()))
        }
        guard let id = headingIDs[node.range.start] else {
            output += "<h\(level)>"
            renderChildren(node, into: &output)
            output += "</h\(level)>\n"
            return
        }
        let escapedID = HTMLEscaping.escape(id)
        output += "<h\(level) id=\"\(escapedID)\">"
        renderChildren(node, into: &output)
        output += " <a class=\"permalink\" href=\"#\(escapedID)\" aria-label=\"Permalink to this heading\">#</a>"
        output += "</h\(level)>\n"
    }

    private func renderTable(
        _ node: MarkdownNode, alignments: [MarkdownNode.TableAlignment], into output: inout String
    ) {
        newline(&output)
        if makesScrollingBlocksFocusable {
            let label = HTMLEscaping.escape(tableLabels[node.range.start] ?? Self.columnLabel(of: node))
            output += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(label)\">\n"
        }
        output += "<table>\n"
        var isInBody = false
        for row in node.children {
            let isHeader = row.kind == .tableHeader
            if isHeader {
                output += "<thead>\n"
            } else if !isInBody {
                output += "<tbody>\n"
                isInBody = true
            }
            output += "<tr>\n"
            let tag = isHeader ? "th" : "td"
            for (index, cell) in row.children.enumerated() {
                let alignment = index < alignments.count ? alignments[index] : .none
                output += alignment == .none ? "<\(tag)>" : "<\(tag) align=\"\(alignment.rawValue)\">"
                renderChildren(cell, into: &output)
                output += "</\(tag)>\n"
            }
            output += "</tr>\n"
            if isHeader { output += "</thead>\n" }
        }
        if isInBody { output += "</tbody>\n" }
        output += "</table>\n"
        if makesScrollingBlocksFocusable { output += "</div>\n" }
    }

    private func renderChildren(_ node: MarkdownNode, into output: inout String) {
        for child in node.children { render(child, into: &output, isTight: false) }
    }

    private func wrap(_ node: MarkdownNode, in tag: String, into output: inout String) {
        output += "<\(tag)>"
        renderChildren(node, into: &output)
        output += "</\(tag)>"
    }

    private func safeURL(_ destination: String) -> String {
        guard !HTMLEscaping.isDangerousURL(destination) else { return "" }
        return HTMLEscaping.escapeURL(rewriteDestination(destination))
    }

    /// cmark's `cr()`: start a new line unless the output is already at one.
    private func newline(_ output: inout String) {
        if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
    }

    /// "Table: Part, Value": a table's region named by its columns.
    static func columnLabel(of table: MarkdownNode) -> String {
        let columns = table.children.first?.children.map { $0.plainText.trimmingWhitespace() } ?? []
        return "Table: " + columns.joined(separator: ", ")
    }

    /// Labels for the tables of a page whose columns another table there shares: each names
    /// the section it stands in ("Table: Part, Value, in Example 2: checkPassword callback"),
    /// or else its place, so that every region of a page has a name of its own.
    public static func tableLabels(in root: MarkdownNode) -> [SourceLocation: String] {
        var tables: [(start: SourceLocation, label: String, section: String?)] = []
        var section: String?
        root.walkBlocks { node in
            switch node.kind {
            case .heading: section = node.plainText.trimmingWhitespace()
            case .table: tables.append((node.range.start, columnLabel(of: node), section))
            default: break
            }
        }
        var labels: [SourceLocation: String] = [:]
        for (_, group) in Dictionary(grouping: tables, by: \.label) where group.count > 1 {
            let sections = group.compactMap(\.section)
            let sectionsAreDistinct = sections.count == group.count && Set(sections).count == group.count
            for (position, table) in group.enumerated() {
                labels[table.start] =
                    sectionsAreDistinct
                    ? "\(table.label), in \(table.section ?? "")" : "\(table.label) (\(position + 1) of \(group.count))"
            }
        }
        return labels
    }
}
