/// Colours Swift: keywords, capitalised type names, strings (multi-line, raw and with
/// interpolations), numbers, nested comments, literals, attributes and `#` directives.
///
/// `let user: User? = nil` becomes `<span class="tok-keyword">let</span> user:
/// <span class="tok-type">User</span>? = <span class="tok-literal">nil</span>` (on one line).
enum SwiftHighlighter {
    private static let keywords: Set<String> = [
        "actor", "any", "as", "associatedtype", "async", "await", "break", "case", "catch", "class",
        "continue", "convenience", "default", "defer", "deinit", "do", "else", "enum", "extension",
        "fallthrough", "fileprivate", "final", "for", "func", "guard", "if", "import", "in", "init",
        "inout", "internal", "is", "lazy", "let", "mutating", "nonisolated", "operator", "override",
        "precedencegroup", "private", "protocol", "public", "repeat", "required", "rethrows", "return",
        "self", "Self", "some", "static", "struct", "subscript", "super", "switch", "throw", "throws",
        "try", "typealias", "unowned", "var", "weak", "where", "while", "Any",
    ]
    private static let literals: Set<String> = ["true", "false", "nil"]

    static func highlight(into scanner: inout HighlightScanner) {
        while let scalar = scanner.current {
            let start = scanner.position
            if scanner.hasPrefix("//") {
                scanner.write(.comment, upTo: scanner.lineEnd(from: start))
            } else if scanner.hasPrefix("/*") {
                scanner.write(.comment, upTo: nestedCommentEnd(from: start, in: scanner))
            } else if scalar == "\"" || scalar == "#" {
                writeStringOrDirective(into: &scanner)
            } else if scalar == "@", let next = scanner.scalar(at: start + 1), HighlightScanner.isIdentifierStart(next)
            {
                scanner.write(.annotation, upTo: scanner.identifierEnd(from: start + 1))
            } else if scalar == "`" {
                // A backquoted name is an identifier even when it spells a keyword.
                scanner.writePlain(upTo: scanner.quotedEnd(from: start, escapes: false, crossesLines: false))
            } else if HighlightScanner.isIdentifierStart(scalar) {
                scanner.writeIdentifier(keywords: keywords, literals: literals)
            } else if HighlightScanner.isDigit(scalar) {
                scanner.write(.number, upTo: scanner.numberEnd(from: start))
            } else {
                scanner.writePlainScalar()
            }
        }
    }

    /// Writes a string, raw or not, a `#if` or `#available`, or a run of `#` signs.
    private static func writeStringOrDirective(into scanner: inout HighlightScanner) {
        let start = scanner.position
        let quote = scanner.end(from: start) { $0 == "#" }
        if scanner.scalar(at: quote) == "\"" {
            scanner.write(.string, upTo: stringEnd(from: start, hashes: quote - start, in: scanner))
        } else if quote == start + 1, let next = scanner.scalar(at: quote), HighlightScanner.isIdentifierStart(next) {
            scanner.write(.keyword, upTo: scanner.identifierEnd(from: quote))
        } else {
            scanner.writePlain(upTo: quote)
        }
    }

    /// Past the string whose opening quote follows `hashes` `#` signs at `start`. A raw
    /// string closes only with as many `#` signs, and `"""` opens a multi-line string.
    private static func stringEnd(from start: Int, hashes: Int, in scanner: HighlightScanner) -> Int {
        let quote = start + hashes
        let closingHashes = String(repeating: "#", count: hashes)
        if scanner.hasPrefix("\"\"\"", at: quote) {
            return scanner.delimitedEnd(from: quote + 3, closing: "\"\"\"" + closingHashes, escapes: hashes == 0)
        }
        if hashes > 0 {
            return scanner.delimitedEnd(from: quote + 1, closing: "\"" + closingHashes, crossesLines: false)
        }
        // Counting parentheses keeps the quotes inside `\( … )` from closing the string early.
        var index = quote + 1
        var depth = 0
        while let scalar = scanner.scalar(at: index), scalar != "\n" {
            if scalar == "\\" {
                if scanner.scalar(at: index + 1) == "(" { depth += 1 }
                index += scanner.scalar(at: index + 1) == "\n" ? 1 : 2
                continue
            }
            index += 1
            if depth > 0 && scalar == "(" { depth += 1 }
            if depth > 0 && scalar == ")" { depth -= 1 }
            if depth == 0 && scalar == "\"" { return index }
        }
        return min(index, scanner.count)
    }

    /// Past the `*/` that closes the `/*` at `start`; Swift's block comments nest.
    private static func nestedCommentEnd(from start: Int, in scanner: HighlightScanner) -> Int {
        var index = start + 2
        var depth = 1
        while index < scanner.count {
            if scanner.hasPrefix("/*", at: index) {
                depth += 1
                index += 2
            } else if scanner.hasPrefix("*/", at: index) {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return scanner.count
    }
}
