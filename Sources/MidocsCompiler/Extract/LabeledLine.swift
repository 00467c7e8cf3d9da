/// A heading or a line of a paragraph split into a label and the inline nodes after it:
/// `##### request url: &emsp; \`https://...\`` has the label "request url" and the code
/// span as its value.
struct LabeledLine {
    /// The label as written, normalized: "request url".
    var label: String
    /// Whether the label was followed by a colon, which marks it as meant to be a label.
    var hasColon: Bool
    var value: [MarkdownNode]
    /// Where the label's text starts, for diagnostics about it.
    var labelRange: SourceRange

    /// Where the value stands, after the spaces and `&emsp;` that separate it from the label.
    func valueRange(_ source: SourceText) -> SourceRange {
        guard let first = value.first, let last = value.last else { return labelRange }
        var start = first.range.start
        if case .text = first.kind {
            start.column += SourceText.leadingSpaceLength(Array(source.bytes(first.range)))
        }
        return SourceRange(start: start, end: last.range.end)
    }

    var plainValue: String {
        value.map(\.plainText).joined().trimmingWhitespace()
    }

    /// Reads a heading: the label is the text before the first colon, or the whole heading.
    static func heading(_ node: MarkdownNode) -> LabeledLine? {
        split(node.children, range: node.range)
    }

    /// Reads a paragraph line that starts with bold text: `**Scopes:** 4, 6`.
    static func boldLine(_ nodes: [MarkdownNode]) -> LabeledLine? {
        guard let first = nodes.first, first.kind == .strong else { return nil }
        var label = first.plainText
        var rest = Array(nodes.dropFirst())
        var hasColon = label.trimmingWhitespace().hasSuffix(":")
        if !hasColon, case .text(let text)? = rest.first?.kind, text.trimmingWhitespace().hasPrefix(":") {
            hasColon = true
            let after = String(text.drop { $0 != ":" }.dropFirst())
            rest[0].range.start.column += text.utf8.count - after.utf8.count
            rest[0].kind = .text(after)
        }
        label = Label.normalize(label)
        guard !label.isEmpty else { return nil }
        return LabeledLine(label: label, hasColon: hasColon, value: rest, labelRange: first.range)
    }

    private static func split(_ nodes: [MarkdownNode], range: SourceRange) -> LabeledLine? {
        var labelText = ""
        for (index, node) in nodes.enumerated() {
            guard case .text(let text) = node.kind else {
                if labelText.trimmingWhitespace().isEmpty { return nil }
                break
            }
            // Searched as bytes: a colon is one byte, and lines are many.
            if let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) {
                labelText += text[..<colon]
                var value = Array(nodes[(index + 1)...])
                let after = String(text[text.utf8.index(after: colon)...])
                if !after.trimmingWhitespace().isEmpty {
                    var remainder = node
                    remainder.kind = .text(after)
                    // The label before the colon has no entities, so bytes map to columns.
                    remainder.range.start.column += text[...colon].utf8.count
                    value.insert(remainder, at: 0)
                }
                return LabeledLine(
                    label: Label.normalize(labelText), hasColon: true, value: value,
                    labelRange: nodes.first?.range ?? range)
            }
            labelText += text
        }
        let whole = nodes.map(\.plainText).joined()
        return LabeledLine(
            label: Label.normalize(whole), hasColon: false, value: [], labelRange: nodes.first?.range ?? range)
    }
}
