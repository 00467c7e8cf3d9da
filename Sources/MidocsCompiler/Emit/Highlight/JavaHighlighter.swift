/// Colours Java: keywords, capitalised type names, strings and characters, numbers,
/// comments, literals and annotations.
///
/// `return "a<b";` becomes
/// `<span class="tok-keyword">return</span> <span class="tok-string">&quot;a&lt;b&quot;</span>;`.
enum JavaHighlighter {
    private static let keywords: Set<String> = [
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
        "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
        "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
        "new", "package", "permits", "private", "protected", "public", "record", "return", "sealed",
        "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
        "transient", "try", "var", "void", "volatile", "while", "yield",
    ]
    private static let literals: Set<String> = ["true", "false", "null"]

    static func highlight(into scanner: inout HighlightScanner) {
        while let scalar = scanner.current {
            let start = scanner.position
            if scanner.hasPrefix("//") {
                scanner.write(.comment, upTo: scanner.lineEnd(from: start))
            } else if scanner.hasPrefix("/*") {
                scanner.write(.comment, upTo: scanner.delimitedEnd(from: start + 2, closing: "*/"))
            } else if scanner.hasPrefix("\"\"\"") {
                let end = scanner.delimitedEnd(from: start + 3, closing: "\"\"\"", escapes: true)
                scanner.write(.string, upTo: end)
            } else if scalar == "\"" || scalar == "'" {
                scanner.write(.string, upTo: scanner.quotedEnd(from: start, escapes: true, crossesLines: false))
            } else if scalar == "@", let next = scanner.scalar(at: start + 1), HighlightScanner.isIdentifierStart(next)
            {
                scanner.write(.annotation, upTo: scanner.identifierEnd(from: start + 1))
            } else if HighlightScanner.isIdentifierStart(scalar) {
                scanner.writeIdentifier(keywords: keywords, literals: literals)
            } else if HighlightScanner.isDigit(scalar) {
                scanner.write(.number, upTo: scanner.numberEnd(from: start))
            } else {
                scanner.writePlainScalar()
            }
        }
    }
}
