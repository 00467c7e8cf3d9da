/// One node of a parsed Markdown tree, copied out of cmark-gfm into a plain value.
public struct MarkdownNode: Sendable, Hashable {
    public enum TableAlignment: String, Sendable, Hashable {
        case none, left, center, right
    }

    /// The cases with two strings are indirect, so that a node stays small: every node of
    /// every page is kept from parsing to rendering.
    public enum Kind: Sendable, Hashable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        indirect case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case table(alignments: [TableAlignment])
        case tableHeader
        case tableRow
        case tableCell
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        indirect case link(destination: String, title: String)
        indirect case image(destination: String, title: String)
    }

    public var kind: Kind
    public var children: [MarkdownNode]
    /// Where the node stands in its file; the end is exclusive.
    public var range: SourceRange

    public init(kind: Kind, children: [MarkdownNode] = [], range: SourceRange) {
        self.kind = kind
        self.children = children
        self.range = range
    }

    /// The text a reader sees, without markup: "Get the **profile**" is "Get the profile".
    public var plainText: String {
        var result = ""
        appendPlainText(to: &result)
        return result
    }

    private func appendPlainText(to result: inout String) {
        switch kind {
        case .text(let text), .code(let text): result += text
        case .softBreak, .lineBreak: result += " "
        // `a<br>b` in a table cell is two values, as GitHub shows them on two lines.
        case .htmlInline where isBreakTag: result += " "
        case .codeBlock(_, let literal): result += literal
        default: for child in children { child.appendPlainText(to: &result) }
        }
    }

    /// `<br>`, `<br/>` or `<br />`: a line break written as HTML.
    var isBreakTag: Bool {
        guard case .htmlInline(let html) = kind, html.utf8.count <= 8 else { return false }
        return html.lowercased().filter { !$0.isWhitespace && $0 != "/" } == "<br>"
    }

    /// Headings, paragraphs, tables, lists, quotes and code: what stands on its own lines.
    public var isBlock: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak,
            .table:
            return true
        default:
            return false
        }
    }

    public var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }

    public var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }
}

extension MarkdownNode.Kind {
    /// Kinds that cmark never gives children.
    var isLeaf: Bool {
        switch self {
        case .codeBlock, .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline: true
        default: false
        }
    }
}
