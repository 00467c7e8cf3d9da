/// Colours JSON examples: keys, strings, numbers and literals, plus any text in front of the
/// JSON such as the token endpoint's prefix. Brackets and punctuation stay plain, so nesting
/// depth costs nothing.
///
/// `{"ok": true}` becomes
/// `{<span class="tok-key">&quot;ok&quot;</span>: <span class="tok-literal">true</span>}`.
enum JSONHighlighter {
    private static let literals: Set<String> = ["true", "false", "null"]

    static func highlight(into scanner: inout HighlightScanner) {
        writePrefix(into: &scanner)
        while let scalar = scanner.current {
            let start = scanner.position
            if scalar == "\"" {
                let end = scanner.quotedEnd(from: start, escapes: true, crossesLines: false)
                scanner.write(isKey(endingAt: end, in: scanner) ? .key : .string, upTo: end)
            } else if scalar == "-" || HighlightScanner.isDigit(scalar) {
                let digits = scalar == "-" ? start + 1 : start
                guard let first = scanner.scalar(at: digits), HighlightScanner.isDigit(first) else {
                    scanner.writePlainScalar()
                    continue
                }
                scanner.write(.number, upTo: scanner.numberEnd(from: digits))
            } else if HighlightScanner.isIdentifierStart(scalar) {
                let end = scanner.identifierEnd(from: start)
                scanner.write(literals.contains(scanner.text(from: start, to: end)) ? .literal : nil, upTo: end)
            } else if scanner.hasPrefix("//") {
                // Docs often annotate examples with comments, though JSON has none.
                scanner.write(.comment, upTo: scanner.lineEnd(from: start))
            } else if scanner.hasPrefix("/*") {
                scanner.write(.comment, upTo: scanner.delimitedEnd(from: start + 2, closing: "*/"))
            } else {
                scanner.writePlainScalar()
            }
        }
    }

    /// Writes the text before the first `{` or `[` as a prefix, unless it could itself be
    /// JSON (a string, a number, a literal, a comment) or is only whitespace.
    private static func writePrefix(into scanner: inout HighlightScanner) {
        let first = scanner.end(from: scanner.position, while: HighlightScanner.isWhitespace)
        guard let scalar = scanner.scalar(at: first), !canStartJSON(scalar) else { return }
        let bracket = scanner.end(from: first) { $0 != "{" && $0 != "[" }
        guard bracket < scanner.count else { return }
        var prefixEnd = bracket
        while let last = scanner.scalar(at: prefixEnd - 1), prefixEnd > first, HighlightScanner.isWhitespace(last) {
            prefixEnd -= 1
        }
        scanner.writePlain(upTo: first)
        scanner.write(.prefix, upTo: prefixEnd)
        scanner.writePlain(upTo: bracket)
    }

    private static func canStartJSON(_ scalar: Unicode.Scalar) -> Bool {
        "{[\"-/tfn".unicodeScalars.contains(scalar) || HighlightScanner.isDigit(scalar)
    }

    /// A string is a key when the next thing after it, across whitespace, is a colon.
    private static func isKey(endingAt end: Int, in scanner: HighlightScanner) -> Bool {
        let next = scanner.end(from: end, while: HighlightScanner.isWhitespace)
        return scanner.scalar(at: next) == ":"
    }
}
