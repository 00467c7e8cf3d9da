/// Colours shell commands and sessions: prompts, comments, quoted strings and variables.
/// When some line starts with a `$ ` prompt, the lines without one are the commands'
/// output and stay plain.
///
/// `$ echo $HOME` becomes `<span class="tok-prompt">$ </span>echo <span class="tok-variable">$HOME</span>`.
enum ShellHighlighter {
    static func highlight(into scanner: inout HighlightScanner) {
        let isSession = hasPrompt(in: scanner)
        var isAtLineStart = true
        while let scalar = scanner.current {
            let start = scanner.position
            if isAtLineStart {
                isAtLineStart = false
                if scanner.hasPrefix("$ ") {
                    scanner.write(.prompt, upTo: start + 2)
                } else if isSession {
                    scanner.writePlain(upTo: scanner.lineEnd(from: start))
                }
                continue
            }
            switch scalar {
            case "\n":
                scanner.writePlainScalar()
                isAtLineStart = true
            case "\\":
                // An escaped line break continues the command, so the next line is no output.
                let isCRLF = scanner.hasPrefix("\r\n", at: start + 1)
                scanner.writePlain(upTo: start + (isCRLF ? 3 : 2))
            case "#" where startsWord(at: start, in: scanner):
                scanner.write(.comment, upTo: scanner.lineEnd(from: start))
            case "'", "\"":
                let end = scanner.quotedEnd(from: start, escapes: scalar == "\"", crossesLines: true)
                scanner.write(.string, upTo: end)
            case "$":
                if let end = variableEnd(from: start, in: scanner) {
                    scanner.write(.variable, upTo: end)
                } else {
                    scanner.writePlainScalar()
                }
            default:
                scanner.writePlainScalar()
            }
        }
    }

    /// Past `$NAME`, `${NAME}`, `$1` or `$?`; nil for a lone `$` or the one in `$(command)`.
    private static func variableEnd(from start: Int, in scanner: HighlightScanner) -> Int? {
        guard let next = scanner.scalar(at: start + 1) else { return nil }
        if next == "{" {
            let close = scanner.end(from: start + 2) { $0 != "}" && $0 != "\n" }
            return scanner.scalar(at: close) == "}" ? close + 1 : close
        }
        if HighlightScanner.isIdentifierStart(next) {
            return scanner.identifierEnd(from: start + 1)
        }
        if HighlightScanner.isDigit(next) || "?@#*!$-".unicodeScalars.contains(next) {
            return start + 2
        }
        return nil
    }

    /// A `#` starts a comment only at the start of a word: `a#b` and `url/#anchor` are not.
    private static func startsWord(at index: Int, in scanner: HighlightScanner) -> Bool {
        guard let previous = scanner.scalar(at: index - 1) else { return true }
        return HighlightScanner.isWhitespace(previous) || ";|&(".unicodeScalars.contains(previous)
    }

    private static func hasPrompt(in scanner: HighlightScanner) -> Bool {
        var lineStart = scanner.position
        while lineStart < scanner.count {
            if scanner.hasPrefix("$ ", at: lineStart) { return true }
            lineStart = scanner.lineEnd(from: lineStart) + 1
        }
        return false
    }
}
