/// Where the common pieces of code end: lines, quoted strings, comments, numbers and words.
/// Each takes the position where the piece starts and returns the position just past it;
/// a piece that is never closed runs to the end of its line or of the code, as an editor
/// would show it.
///
/// In `"a\"b" + 1`, `quotedEnd(from: 0, escapes: true, crossesLines: false)` is 6.
extension HighlightScanner {
    /// The position of the next line feed at or after `start`, or the end.
    func lineEnd(from start: Int) -> Int {
        end(from: start) { $0 != "\n" }
    }

    /// Past the quote that closes the one at `start`. Unless the string may cross lines, an
    /// unclosed string stops at the line's end rather than swallowing the rest of the code.
    func quotedEnd(from start: Int, escapes: Bool, crossesLines: Bool) -> Int {
        guard let quote = scalar(at: start) else { return start }
        return delimitedEnd(from: start + 1, closing: String(quote), escapes: escapes, crossesLines: crossesLines)
    }

    /// Past the first `closing` at or after `start`: for block comments, multi-line strings
    /// and XML comments. Without one it runs to the end, or to the line's end when the
    /// piece may not cross lines.
    func delimitedEnd(from start: Int, closing: String, escapes: Bool = false, crossesLines: Bool = true) -> Int {
        let length = closing.unicodeScalars.count
        var index = start
        while let scalar = scalar(at: index) {
            if hasPrefix(closing, at: index) { return index + length }
            if scalar == "\n" && !crossesLines { return index }
            index += escapes && scalar == "\\" && self.scalar(at: index + 1) != "\n" ? 2 : 1
        }
        return count
    }

    /// Past a number starting with a digit at `start`: `42`, `7776000`, `1.5e-3`, `0x1F`,
    /// `2882303761517000000L`, `1_000`.
    func numberEnd(from start: Int) -> Int {
        var index = start
        while let scalar = scalar(at: index) {
            if Self.isIdentifierPart(scalar) {
                index += 1
            } else if scalar == ".", let next = self.scalar(at: index + 1), Self.isDigit(next) {
                index += 2
            } else if scalar == "+" || scalar == "-", let previous = self.scalar(at: index - 1),
                previous == "e" || previous == "E", !hasPrefix("0x", at: start), !hasPrefix("0X", at: start)
            {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// Past the identifier starting at `start`.
    func identifierEnd(from start: Int) -> Int {
        end(from: start, while: Self.isIdentifierPart)
    }

    /// Writes the identifier at the current position the way Java and Swift colour words:
    /// a keyword, a literal, a capitalised type name, or plain.
    mutating func writeIdentifier(keywords: Set<String>, literals: Set<String>) {
        let end = identifierEnd(from: position)
        let word = text(from: position, to: end)
        if keywords.contains(word) {
            write(.keyword, upTo: end)
        } else if literals.contains(word) {
            write(.literal, upTo: end)
        } else if let first = current, first.properties.isUppercase {
            write(.type, upTo: end)
        } else {
            writePlain(upTo: end)
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
            || (scalar.value >= 0x80 && scalar.properties.isAlphabetic)
    }

    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || isDigit(scalar)
    }

    /// Spaces, tabs and line breaks.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
