import Synchronization

/// Prints diagnostics the way swiftc and clang do:
///
///     content/open-api.md:42:13: error: unknown scope '5' [unknown-scope]
///        42 | **Scopes:** 5
///           |             ^
///     content/scope-list.md:5:1: note: scope table is here
public struct DiagnosticFormatter: Sendable {
    private let files: [String: SourceFile]
    private let lines = LineIndexes()
    private let pathPrefix: PathPrefix

    /// A file's line starts, indexed the first time a diagnostic in it is shown and kept:
    /// thousands of diagnostics in one file stay linear, and files without any cost nothing.
    private final class LineIndexes: Sendable {
        let texts = Mutex<[String: SourceText]>([:])

        func text(of file: SourceFile) -> SourceText {
            texts.withLock { texts in
                if let text = texts[file.path] { return text }
                let text = SourceText(file)
                texts[file.path] = text
                return text
            }
        }
    }

    /// `contentPrefix` is put before every path, so that editors can open the file.
    public init(files: [SourceFile], contentPrefix: String) {
        self.files = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.pathPrefix = PathPrefix(contentPrefix)
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var lines = ["\(place(diagnostic.location))\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code.rawValue)]"]
        if let range = diagnostic.range, let excerpt = excerpt(range) {
            lines += excerpt
        }
        for note in diagnostic.notes {
            lines.append("\(place(note.location))note: \(note.message)")
        }
        for fixIt in diagnostic.fixIts {
            lines.append("\(place(fixIt.range.start))note: replace with '\(fixIt.replacement)'")
        }
        return lines.joined(separator: "\n")
    }

    private func place(_ location: SourceLocation?) -> String {
        guard let location else { return "" }
        return "\(pathPrefix.apply(location.file)):\(location.line):\(location.column): "
    }

    /// The source line and a caret under the range: `^` then `~` for the rest of it.
    private func excerpt(_ range: SourceRange) -> [String]? {
        guard let source = files[range.file] else { return nil }
        let file = lines.text(of: source)
        guard (1...file.lineCount).contains(range.start.line) else { return nil }
        let line = file.line(range.start.line)
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let bytes = Array(line.utf8)
        let column = min(max(range.start.column, 1), bytes.count + 1)
        let prefix = String(decoding: bytes.prefix(column - 1), as: UTF8.self)
        let padding = String(prefix.map { $0 == "\t" ? "\t" : " " })
        var width = 1
        if range.end.line == range.start.line, range.end.column > column {
            let covered = bytes.dropFirst(column - 1).prefix(range.end.column - column)
            width = max(1, String(decoding: covered, as: UTF8.self).count)
        }
        let marker = "^" + String(repeating: "~", count: width - 1)
        return ["  \(number) | \(line)", "  \(gutter) | \(padding)\(marker)"]
    }
}
