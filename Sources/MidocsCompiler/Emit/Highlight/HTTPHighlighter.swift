/// Colours an HTTP message: the method of a request line or the status code of a status
/// line, the header names, and a JSON body.
///
/// `GET /me HTTP/1.1\nHost: a` becomes
/// `<span class="tok-method">GET</span> /me HTTP/1.1\n<span class="tok-header">Host</span>: a`.
enum HTTPHighlighter {
    static func highlight(into scanner: inout HighlightScanner) {
        var isFirstLine = true
        while !scanner.isAtEnd {
            let lineEnd = scanner.lineEnd(from: scanner.position)
            let contentEnd = scanner.scalar(at: lineEnd - 1) == "\r" ? lineEnd - 1 : lineEnd
            if contentEnd <= scanner.position {
                scanner.writePlain(upTo: lineEnd + 1)
                writeBody(into: &scanner)
                return
            }
            if !(isFirstLine && writeStartLine(into: &scanner, upTo: contentEnd)) {
                writeHeader(into: &scanner, upTo: contentEnd)
            }
            isFirstLine = false
            scanner.writePlain(upTo: lineEnd + 1)
        }
    }

    /// Writes `GET /path HTTP/1.1` or `HTTP/1.1 200 OK`, or nothing when the line is neither.
    private static func writeStartLine(into scanner: inout HighlightScanner, upTo lineEnd: Int) -> Bool {
        let start = scanner.position
        if scanner.hasPrefix("HTTP/") {
            let versionEnd = min(scanner.end(from: start) { $0 != " " && $0 != "\n" }, lineEnd)
            let codeStart = min(scanner.end(from: versionEnd) { $0 == " " }, lineEnd)
            let codeEnd = min(scanner.end(from: codeStart, while: HighlightScanner.isDigit), lineEnd)
            scanner.writePlain(upTo: codeStart)
            scanner.write(.number, upTo: codeEnd)
            scanner.writePlain(upTo: lineEnd)
            return true
        }
        let methodEnd = scanner.end(from: start) { ("A"..."Z").contains($0) }
        guard methodEnd > start, scanner.scalar(at: methodEnd) == " " else { return false }
        scanner.write(.method, upTo: methodEnd)
        scanner.writePlain(upTo: lineEnd)
        return true
    }

    /// Writes `Name: value` with the name coloured; a line without a name stays plain.
    private static func writeHeader(into scanner: inout HighlightScanner, upTo lineEnd: Int) {
        let nameEnd = scanner.end(from: scanner.position) { $0 != ":" && $0 != " " && $0 != "\t" && $0 != "\n" }
        if nameEnd > scanner.position, nameEnd < lineEnd, scanner.scalar(at: nameEnd) == ":" {
            scanner.write(.header, upTo: nameEnd)
        }
        scanner.writePlain(upTo: lineEnd)
    }

    /// Writes what follows the blank line: JSON when it starts like JSON, plain otherwise.
    private static func writeBody(into scanner: inout HighlightScanner) {
        let first = scanner.end(from: scanner.position, while: HighlightScanner.isWhitespace)
        if let scalar = scanner.scalar(at: first), scalar == "{" || scalar == "[" {
            JSONHighlighter.highlight(into: &scanner)
        } else {
            scanner.writePlain(upTo: scanner.count)
        }
    }
}
