import CCmarkGFM
import Foundation

/// The only place that calls cmark-gfm: parses GitHub-flavoured Markdown, copies the tree
/// into `MarkdownNode` values, frees everything and returns.
struct CommonMarkConverter {
    /// Deeper nesting is flattened into the node at this depth, so that later recursive
    /// walks cannot exhaust the stack on hostile input.
    static let maximumDepth = 64

    private static let extensionNames = ["table", "autolink", "strikethrough"]

    /// cmark-gfm registers its extensions behind an unlocked flag: two threads parsing the
    /// first pages at once could both register them, and the second registration renumbers
    /// the table node types, so the first one's tables came out as paragraphs. A Swift
    /// static is initialised exactly once, with other threads waiting for it.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm keeps the characters that start an inline (`:` and `w` for autolinks, `~`
    /// for strikethrough) in one global table, which each parser sets when it parses its
    /// inlines and clears when done: two pages finished at once lost autolinks at random
    /// (180, 187 or 191 links on one real CHANGELOG.md in three runs). Finishing, where
    /// inlines are parsed, is one page at a time; feeding the blocks and copying the tree
    /// still run on every core.
    private static let inlineParsing = NSLock()

    func convert(_ text: String, path: String) -> (root: MarkdownNode, wasFlattened: Bool) {
        Self.extensionsRegistered
        // Raw HTML is dropped by our renderer; unsafe here only keeps it visible in the tree.
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else {
            return (emptyDocument(path), false)
        }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = Self.inlineParsing.withLock({ cmark_parser_finish(parser) }) else {
            return (emptyDocument(path), false)
        }
        defer { cmark_node_free(document) }
        return copyTree(document, path: path)
    }

    /// Walks with cmark's own iterator rather than recursion, so depth costs no stack.
    private func copyTree(_ document: OpaquePointer, path: String) -> (MarkdownNode, Bool) {
        guard let iterator = cmark_iter_new(document) else { return (emptyDocument(path), false) }
        defer { cmark_iter_free(iterator) }

        var stack: [MarkdownNode] = []
        var skippedContainers = 0
        var wasFlattened = false
        var finished: MarkdownNode?

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }

            if event == CMARK_EVENT_ENTER {
                let parentRange = stack.last?.range
                let value = makeNode(node, path: path, fallback: parentRange)
                if value.kind.isLeaf {
                    stack[stack.count - 1].children.append(value)
                } else if stack.count >= Self.maximumDepth {
                    skippedContainers += 1
                    wasFlattened = true
                } else {
                    var container = value
                    // Room for exactly its children: grown by doubling, a tree's arrays
                    // held a third more than they used, over 100 MB at 10,000 pages.
                    container.children.reserveCapacity(Self.childCount(of: node))
                    stack.append(container)
                }
            } else if event == CMARK_EVENT_EXIT {
                if skippedContainers > 0 {
                    skippedContainers -= 1
                    continue
                }
                let closed = stack.removeLast()
                if stack.isEmpty {
                    finished = closed
                } else {
                    stack[stack.count - 1].children.append(closed)
                }
            }
        }
        return (finished ?? emptyDocument(path), wasFlattened)
    }

    private static func childCount(of node: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        return count
    }

    private func makeNode(_ node: OpaquePointer, path: String, fallback: SourceRange?) -> MarkdownNode {
        let range = sourceRange(of: node, path: path, fallback: fallback)
        return MarkdownNode(kind: kind(of: node), range: range)
    }

    /// Core node types by number; the extensions' types are numbered as they register,
    /// so they are told apart by name.
    private func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: fenceInfo(node), literal: literal(node))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(node))
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link(destination: url(node), title: title(node))
        case CMARK_NODE_IMAGE: return .image(destination: url(node), title: title(node))
        default: return extensionKind(of: node)
        }
    }

    private func extensionKind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch String(cString: cmark_node_get_type_string(node)) {
        case "table": return .table(alignments: alignments(node))
        case "table_header": return .tableHeader
        case "table_row":
            return cmark_gfm_extensions_get_table_row_is_header(node) != 0 ? .tableHeader : .tableRow
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .paragraph
        }
    }

    /// cmark counts from 1 and ends inclusively; ours ends exclusively.
    private func sourceRange(of node: OpaquePointer, path: String, fallback: SourceRange?) -> SourceRange {
        let startLine = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        // Nodes an extension makes (the autolink extension's links and the text it splits
        // off) have no place: they get an empty range where their parent starts, not the
        // parent's whole range, which a check would read as their text.
        guard startLine > 0, startColumn > 0 else {
            return SourceRange(start: fallback?.start ?? SourceLocation(file: path, line: 1, column: 1), length: 0)
        }
        let endLine = max(Int(cmark_node_get_end_line(node)), startLine)
        let endColumn = Int(cmark_node_get_end_column(node))
        return SourceRange(
            start: SourceLocation(file: path, line: startLine, column: startColumn),
            end: SourceLocation(file: path, line: endLine, column: max(endColumn + 1, 1)))
    }

    private func alignments(_ node: OpaquePointer) -> [MarkdownNode.TableAlignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(node))
        guard let raw = cmark_gfm_extensions_get_table_alignments(node) else {
            return Array(repeating: .none, count: count)
        }
        return (0..<count).map { index in
            switch UnicodeScalar(raw[index]) {
            case "l": return .left
            case "c": return .center
            case "r": return .right
            default: return .none
            }
        }
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private func fenceInfo(_ node: OpaquePointer) -> String {
        cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    }

    private func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    private func title(_ node: OpaquePointer) -> String {
        cmark_node_get_title(node).map { String(cString: $0) } ?? ""
    }

    private func emptyDocument(_ path: String) -> MarkdownNode {
        MarkdownNode(kind: .document, range: SourceRange(start: SourceLocation(file: path, line: 1, column: 1), length: 0))
    }
}
