/// Walks code one Unicode scalar at a time and writes it out as escaped HTML, wrapping the
/// pieces a language highlighter picks out in spans.
///
/// Over `a<b`, `write(.string, upTo: 3)` leaves `<span class="tok-string">a&lt;b</span>`
/// in `html`.
///
/// Every scalar is written exactly once, in order, so the HTML always holds the whole code.
/// Positions are indexes into the scalars, and the lookups in `HighlightScanner+Lexemes`
/// only look forward, which keeps each highlighter linear in the length of the code.
struct HighlightScanner: Sendable {
    private let scalars: [Unicode.Scalar]
    /// The first scalar not yet written.
    private(set) var position = 0
    private(set) var html = ""

    init(_ code: String) {
        scalars = Array(code.unicodeScalars)
        html.reserveCapacity(code.utf8.count * 2)
    }

    var count: Int { scalars.count }

    var isAtEnd: Bool { position >= scalars.count }

    /// The next scalar to write, or nil at the end.
    var current: Unicode.Scalar? { scalar(at: position) }

    /// The scalar at `index`, or nil outside the code.
    func scalar(at index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// Whether the code at `index` (the current position by default) spells `text`.
    func hasPrefix(_ text: String, at index: Int? = nil) -> Bool {
        var index = index ?? position
        for expected in text.unicodeScalars {
            guard scalar(at: index) == expected else { return false }
            index += 1
        }
        return true
    }

    /// The code between two positions, to look a word up in a keyword list.
    func text(from start: Int, to end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// The first position at or after `start` whose scalar fails `test`, or the end.
    func end(from start: Int, while test: (Unicode.Scalar) -> Bool) -> Int {
        var index = start
        while index < scalars.count, test(scalars[index]) { index += 1 }
        return index
    }

    /// Writes the code up to `end` as one token, or as plain text when `kind` is nil.
    mutating func write(_ kind: TokenKind?, upTo end: Int) {
        let end = min(max(end, position), scalars.count)
        guard end > position else { return }
        if let kind { html += "<span class=\"\(kind.className)\">" }
        for scalar in scalars[position..<end] {
            switch scalar {
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            case "\"": html += "&quot;"
            default: html.unicodeScalars.append(scalar)
            }
        }
        if kind != nil { html += "</span>" }
        position = end
    }

    /// Writes the code up to `end` as plain text.
    mutating func writePlain(upTo end: Int) {
        write(nil, upTo: end)
    }

    /// Writes the next scalar as plain text.
    mutating func writePlainScalar() {
        write(nil, upTo: position + 1)
    }
}
