/// Finds the one value a description allows, in any of the ways the docs write it:
/// "Fixed: `code`", "fixed as `renew`", "__grant_type=renew__" or "mode = fast".
enum FixedValueReader {
    static func fixedValue(of name: String, in description: MarkdownNode) -> String? {
        let inlines = flatten(description)
        for (index, node) in inlines.enumerated() {
            switch node.kind {
            case .text(let text):
                // Most descriptions say neither: a byte search rules them out before
                // Foundation's slower string search runs.
                let lowered = text.lowercased()
                let mentionsFixed = lowered.containsBytes("fixed")
                let mentionsName = text.containsBytes(name)
                guard mentionsFixed || mentionsName else { continue }
                if mentionsFixed, let word = lowered.range(of: "fixed", options: .backwards),
                    lowered[word.upperBound...].allSatisfy({ $0.isWhitespace || ":".contains($0) })
                        || isJoiningWord(lowered[word.upperBound...]),
                    index + 1 < inlines.count, case .code(let value) = inlines[index + 1].kind
                {
                    return value.trimmingWhitespace()
                }
                if mentionsName, let value = plainAssignment(of: name, in: text) { return value }
                if mentionsFixed, let value = plainFixed(in: text) { return value }
            case .strong:
                if let value = assignment(of: name, in: node.plainText) { return value }
            default:
                break
            }
        }
        return nil
    }

    /// " as ", " value ", " to ", each possibly with a colon: what may stand between "fixed"
    /// and the code span.
    private static func isJoiningWord(_ text: Substring) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == ":" })
        return words.count == 1 && ["as", "value", "to", "at"].contains(String(words[0]))
    }

    /// "grant_type=renew" or "grant_type = renew", for this parameter's name only.
    private static func assignment(of name: String, in text: String) -> String? {
        let parts = text.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, parts[0].trimmingWhitespace() == name else { return nil }
        let value = parts[1].trimmingWhitespace()
        return value.isEmpty || value.contains(" ") ? nil : value
    }

    /// "mode = fast" inside running text.
    private static func plainAssignment(of name: String, in text: String) -> String? {
        guard let nameRange = text.range(of: name) else { return nil }
        let before = text[..<nameRange.lowerBound].last
        guard before == nil || !(before!.isLetter || before!.isNumber || before! == "_") else { return nil }
        var rest = text[nameRange.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        let value = rest.prefix { !$0.isWhitespace && !",;".contains($0) }
        let trimmed = value.hasSuffix(".") ? value.dropLast() : value
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// "fixed as renew" with no code span.
    private static func plainFixed(in text: String) -> String? {
        let lowered = text.lowercased()
        guard let word = lowered.range(of: "fixed as ") ?? lowered.range(of: "fixed: ") else { return nil }
        let offset = lowered.distance(from: lowered.startIndex, to: word.upperBound)
        let rest = text.dropFirst(offset).prefix { !$0.isWhitespace && !",;".contains($0) }
        let trimmed = rest.hasSuffix(".") ? rest.dropLast() : rest
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// The inline nodes of a cell in order, with emphasis opened up but strong kept whole.
    private static func flatten(_ node: MarkdownNode) -> [MarkdownNode] {
        node.children.flatMap { child -> [MarkdownNode] in
            switch child.kind {
            case .emphasis, .link, .strikethrough: return flatten(child)
            default: return [child]
            }
        }
    }
}
