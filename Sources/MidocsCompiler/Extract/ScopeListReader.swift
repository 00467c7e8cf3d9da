/// Reads the scope ids an operation needs from "4 and 6", "4, 6", "7" or "none", keeping
/// where each id was written.
enum ScopeListReader {
    static func scopes(in nodes: [MarkdownNode], source: SourceText) -> [ScopeReference] {
        var references: [ScopeReference] = []
        for node in nodes {
            switch node.kind {
            case .text:
                // Read the source, not the decoded text, so that columns stay true after
                // an entity such as `&emsp;`.
                references += numbers(in: Array(source.bytes(node.range)), startingAt: node.range.start)
            case .code(let text):
                // cmark places a code span at its first character inside the backticks.
                references += numbers(in: Array(text.utf8), startingAt: node.range.start)
            case .strong, .emphasis:
                references += scopes(in: node.children, source: source)
            default:
                break
            }
        }
        return references
    }

    private static func numbers(in bytes: [UInt8], startingAt start: SourceLocation) -> [ScopeReference] {
        var references: [ScopeReference] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let end = SourceText.entityEnd(bytes, from: index) {
                index = end
                continue
            }
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            let first = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            let digits = String(decoding: bytes[first..<index], as: UTF8.self)
            if let id = Int(digits) {
                var location = start
                location.column += first
                references.append(ScopeReference(id: id, range: SourceRange(start: location, length: index - first)))
            }
        }
        return references
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
