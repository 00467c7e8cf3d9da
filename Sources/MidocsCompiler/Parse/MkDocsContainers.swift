/// MkDocs Material's admonitions (`!!! note "Title"`, collapsible `??? example`) and content
/// tabs (`=== "Request"`) hold Markdown indented under their marker line. CommonMark reads
/// that as code, or, with no blank line after the marker, as one paragraph that swallows
/// the fences inside. midocs reads the content as Markdown, as MkDocs does: each marker
/// line becomes a one-line HTML comment (a block of its own, which keeps the title for
/// the readers and the renderer) and the content is moved left by four spaces a level.
/// Every line keeps its number, and `restoringColumns` puts the columns back.
enum MkDocsContainers {
    /// `text` with its containers opened up, and the spaces taken from each line; nil
    /// when it has none.
    static func opened(_ text: String) -> (text: String, removed: [Int])? {
        guard mayHoldMarkers(text) else { return nil }
        // `\r\n` is one Character: split on it too (the lines are joined with `\n`, which
        // CommonMark reads the same).
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        var output: [Substring] = []
        output.reserveCapacity(lines.count)
        // The indents of the open containers' marker lines.
        var open: [Int] = []
        var fence: Substring?
        var changed = false
        var removedByLine: [Int] = []
        removedByLine.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            removedByLine.append(0)
            if line.allSatisfy(\.isWhitespace) {
                output.append(line)
                continue
            }
            let indent = line.prefix { $0 == " " }.count
            while let last = open.last, indent < last + 4 { open.removeLast() }
            let removed = min(indent, open.count * 4)
            removedByLine[index] = removed
            let content = line.dropFirst(removed)
            let trimmed = content.drop { $0 == " " }
            if let current = fence {
                if trimmed.hasPrefix(current) { fence = nil }
                output.append(content)
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix { $0 == trimmed.first }
                output.append(content)
                continue
            }
            if marker(trimmed) != nil, let next = lines[(index + 1)...].first(where: { !$0.allSatisfy(\.isWhitespace) }),
                next.prefix(while: { $0 == " " }).count >= indent + 4
            {
                open.append(indent)
                output.append(content.prefix(indent - removed) + "<!--" + trimmed + "-->")
                changed = true
                continue
            }
            changed = changed || removed > 0
            output.append(content)
        }
        return changed ? (output.joined(separator: "\n"), removedByLine) : nil
    }

    /// Whether `!!!`, `???` or `===` stands anywhere, then a space or `+`: one pass over the
    /// bytes, since every page is checked.
    private static func mayHoldMarkers(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var run = 0
            var last: UInt8 = 0
            for byte in bytes {
                if run >= 3, byte == 0x20 || byte == UInt8(ascii: "+") { return true }
                if byte == last, byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "=") {
                    run += 1
                } else {
                    run = byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "=") ? 1 : 0
                }
                last = byte
            }
            return false
        }
    }

    /// `text` with its containers opened up, or nil when it has none.
    static func flattened(_ text: String) -> String? {
        opened(text)?.text
    }

    /// The tree parsed from opened text, with each node's columns those of the file.
    static func restoringColumns(_ node: MarkdownNode, removed: [Int]) -> MarkdownNode {
        var node = node
        let shift = { (location: SourceLocation) -> SourceLocation in
            var location = location
            if location.line >= 1, location.line <= removed.count { location.column += removed[location.line - 1] }
            return location
        }
        node.range = SourceRange(start: shift(node.range.start), end: shift(node.range.end))
        node.children = node.children.map { restoringColumns($0, removed: removed) }
        return node
    }

    /// The kind and title of a marker line: `??? example "示例"` is ("example", "示例"),
    /// `=== "请求"` is ("tab", "请求"), `!!! warning` is ("warning", nil).
    static func marker(_ line: Substring) -> (kind: String, title: String?)? {
        let words = line.split(separator: " ", maxSplits: 1)
        guard let sign = words.first, ["!!!", "???", "???+", "===", "===+"].contains(sign) else { return nil }
        var rest = words.count > 1 ? words[1].trimmingWhitespace()[...] : ""
        var kind = "tab"
        if !sign.hasPrefix("===") {
            let name = rest.prefix { $0.isLetter || $0 == "-" || $0 == "_" }
            guard !name.isEmpty else { return nil }
            kind = name.lowercased()
            rest = rest.dropFirst(name.count).drop { $0 == " " }
            // `!!! note inline end "Title"`: placement words before the title.
            while let word = rest.split(separator: " ").first, !word.hasPrefix("\"") {
                rest = rest.dropFirst(word.count).drop { $0 == " " }
            }
        }
        guard rest.isEmpty || rest.hasPrefix("\"") && rest.hasSuffix("\"") && rest.count >= 2 else { return nil }
        let title = rest.isEmpty ? nil : String(rest.dropFirst().dropLast())
        if kind == "tab", title == nil { return nil }
        return (kind, title)
    }

    /// The marker a comment block holds, as `flattened` wrote it.
    static func marker(inComment html: String) -> (kind: String, title: String?)? {
        let trimmed = html.trimmingWhitespace()
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->"), !trimmed.contains("\n") else { return nil }
        return marker(trimmed.dropFirst(4).dropLast(3)[...])
    }
}
