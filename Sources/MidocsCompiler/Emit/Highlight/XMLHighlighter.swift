/// Colours XML and HTML: tag names, attribute names and values, comments and doctypes.
/// Text between tags stays plain.
///
/// `<a id="x">` becomes `&lt;<span class="tok-tag">a</span> <span class="tok-attribute">id</span>=`
/// `<span class="tok-string">&quot;x&quot;</span>&gt;` (on one line).
enum XMLHighlighter {
    static func highlight(into scanner: inout HighlightScanner) {
        while let scalar = scanner.current {
            let start = scanner.position
            guard scalar == "<" else {
                scanner.writePlain(upTo: scanner.end(from: start) { $0 != "<" })
                continue
            }
            if scanner.hasPrefix("<!--") {
                scanner.write(.comment, upTo: scanner.delimitedEnd(from: start + 4, closing: "-->"))
            } else if scanner.hasPrefix("<![CDATA[") {
                scanner.writePlain(upTo: scanner.delimitedEnd(from: start + 9, closing: "]]>"))
            } else if scanner.hasPrefix("<!"), let next = scanner.scalar(at: start + 2), isNameStart(next) {
                scanner.writePlain(upTo: start + 2)
                scanner.write(.keyword, upTo: nameEnd(from: start + 2, in: scanner))
                let close = scanner.end(from: scanner.position) { $0 != ">" && $0 != "<" }
                scanner.writePlain(upTo: scanner.scalar(at: close) == ">" ? close + 1 : close)
            } else if let nameStart = tagNameStart(at: start, in: scanner) {
                scanner.writePlain(upTo: nameStart)
                scanner.write(.tag, upTo: nameEnd(from: nameStart, in: scanner))
                writeAttributes(into: &scanner)
            } else {
                scanner.writePlainScalar()
            }
        }
    }

    /// Where the name starts in `<name`, `</name` or `<?name`; nil when `<` opens no tag,
    /// as in `a < b`.
    private static func tagNameStart(at start: Int, in scanner: HighlightScanner) -> Int? {
        let mark = scanner.scalar(at: start + 1)
        let afterMark = mark == "/" || mark == "?" ? start + 2 : start + 1
        guard let first = scanner.scalar(at: afterMark), isNameStart(first) else { return nil }
        return afterMark
    }

    /// Writes the rest of a tag up to and including its `>`: attribute names, `=` and
    /// values. A `<` ends the tag early, so a broken tag spoils no more than itself.
    private static func writeAttributes(into scanner: inout HighlightScanner) {
        var isAfterEquals = false
        while let scalar = scanner.current, scalar != "<" {
            let start = scanner.position
            if scalar == ">" {
                scanner.writePlainScalar()
                return
            } else if scalar == "\"" || scalar == "'" {
                scanner.write(.string, upTo: scanner.quotedEnd(from: start, escapes: false, crossesLines: true))
                isAfterEquals = false
            } else if HighlightScanner.isWhitespace(scalar) {
                scanner.writePlain(upTo: scanner.end(from: start, while: HighlightScanner.isWhitespace))
            } else if scalar == "=" {
                scanner.writePlainScalar()
                isAfterEquals = true
            } else if isAfterEquals {
                // An unquoted value, as HTML allows: `<input value=yes>`.
                let end = scanner.end(from: start) { !HighlightScanner.isWhitespace($0) && $0 != ">" && $0 != "<" }
                scanner.write(.string, upTo: end)
                isAfterEquals = false
            } else if isNameStart(scalar) {
                scanner.write(.attribute, upTo: nameEnd(from: start, in: scanner))
            } else {
                scanner.writePlainScalar()
            }
        }
    }

    private static func nameEnd(from start: Int, in scanner: HighlightScanner) -> Int {
        scanner.end(from: start) { isNameStart($0) || HighlightScanner.isDigit($0) || $0 == "-" || $0 == "." }
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        HighlightScanner.isIdentifierStart(scalar) || scalar == ":"
    }
}
