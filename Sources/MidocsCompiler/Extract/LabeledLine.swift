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
    /// Written in bold (or a heading): meant as a label even without a value after it.
    var isBold = false

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

    /// The value as a URL or method is read from it: the code span when it is all the value
    /// holds, else the text without stray emphasis marks (`request url:__ &emsp; ...`).
    var codeOrPlainValue: String {
        strictValue ?? plainValue.trimmingCharacters(in: "*_`")
    }

    /// The value when it is only a value: one code span, or text alone; nil for a sentence
    /// that mentions one ("the HTTP method in upper case, for example `GET`").
    var strictValue: String? {
        var meaningful = value.filter { node in
            if case .text(let text) = node.kind { return !text.trimmingCharacters(in: "*_").isEmpty }
            return true
        }
        // `/api/decode_ticket[调用说明](srvapi?id=start)`: a link to a note after the value.
        while meaningful.count > 1, let last = meaningful.last, case .link = last.kind, !last.plainText.contains("/") {
            meaningful.removeLast()
        }
        if meaningful.count == 1 {
            switch meaningful[0].kind {
            case .code(let code): return code.trimmingWhitespace()
            case .text(let text): return text.trimmingCharacters(in: "*_`")
            case .link, .strong, .emphasis: return meaningful[0].plainText.trimmingCharacters(in: "*_`")
            default: return nil
            }
        }
        let hasCode = meaningful.contains { if case .code = $0.kind { true } else { false } }
        return hasCode ? nil : meaningful.map(\.plainText).joined().trimmingWhitespace().trimmingCharacters(in: "*_`")
    }

    /// Reads a heading: the label is the text before the first colon, or the whole heading.
    static func heading(_ node: MarkdownNode) -> LabeledLine? {
        boldLine(node.children) ?? split(node.children, range: node.range)
    }

    /// Reads a paragraph line that starts with bold text: `**Scopes:** 4, 6`, `__URL__ : ...`.
    static func boldLine(_ nodes: [MarkdownNode]) -> LabeledLine? {
        guard let first = nodes.first, first.kind == .strong || first.kind == .emphasis else { return nil }
        var label = first.plainText.trimmingWhitespace()
        var rest = Array(nodes.dropFirst())
        var hasColon = label.hasSuffix(":") || label.hasSuffix("：")
        if !hasColon, case .text(let text)? = rest.first?.kind {
            let trimmed = text.trimmingWhitespace()
            if trimmed.hasPrefix(":") || trimmed.hasPrefix("：") {
                hasColon = true
                let after = String(text.drop { $0 != ":" && $0 != "：" }.dropFirst())
                rest[0].range.start.column += text.utf8.count - after.utf8.count
                rest[0].kind = .text(after)
                // `**请求URL**:` alone: the colon was all the text, and the value is to come.
                if after.trimmingWhitespace().isEmpty { rest.removeFirst() }
            }
        }
        label = Label.normalize(label)
        guard !label.isEmpty else { return nil }
        return LabeledLine(label: label, hasColon: hasColon, value: rest, labelRange: first.range, isBold: true)
    }

    /// Reads a plain line `label: value` (`请求地址：/api/v3/order`); the caller keeps it only
    /// when the label is one midocs knows, as prose has colons too.
    static func plainLine(_ nodes: [MarkdownNode]) -> LabeledLine? {
        guard case .text? = nodes.first?.kind, let line = split(nodes, range: nodes[0].range), line.hasColon else { return nil }
        return line
    }

    /// The first `:` or `：` of a text, searched as bytes (lines are many, and Foundation's
    /// search is slow).
    private static func colon(in text: String) -> Range<String.Index>? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: ":") { return index..<utf8.index(after: index) }
            // `：` is EF BC 9A.
            if byte == 0xEF {
                let second = utf8.index(after: index)
                if second != utf8.endIndex, utf8[second] == 0xBC {
                    let third = utf8.index(after: second)
                    if third != utf8.endIndex, utf8[third] == 0x9A { return index..<utf8.index(after: third) }
                }
            }
            index = utf8.index(after: index)
        }
        return nil
    }

    private static func split(_ nodes: [MarkdownNode], range: SourceRange) -> LabeledLine? {
        var labelText = ""
        for (index, node) in nodes.enumerated() {
            guard case .text(let text) = node.kind else {
                if labelText.trimmingWhitespace().isEmpty { return nil }
                break
            }
            // Searched as bytes: a colon is one byte (three when full width), and lines are many.
            if let colon = Self.colon(in: text) {
                labelText += text[..<colon.lowerBound]
                var value = Array(nodes[(index + 1)...])
                let after = String(text[colon.upperBound...])
                if !after.trimmingWhitespace().isEmpty {
                    var remainder = node
                    remainder.kind = .text(after)
                    // The label before the colon has no entities, so bytes map to columns.
                    remainder.range.start.column += text[..<colon.upperBound].utf8.count
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
