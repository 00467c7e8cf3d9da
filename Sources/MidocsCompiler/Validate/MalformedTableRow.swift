/// Finds table rows with more or fewer cells than the header. GFM pads or cuts such rows
/// silently, which hides a missing or extra value.
struct MalformedTableRow {
    func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for document in context.documents {
            guard let source = context.sources[document.file.path] else { continue }
            document.root.walkBlocks { node in
                guard case .table = node.kind, let header = node.children.first else { return }
                let expected = header.children.count
                for row in node.children.dropFirst() {
                    let (line, column) = (row.range.start.line, row.range.start.column)
                    // From where the row starts: in a quote or a list, the line begins with
                    // the quote's `>` or the item's indentation.
                    let written = Self.cellCount(String(decoding: source.line(line).utf8.dropFirst(column - 1), as: UTF8.self))
                    guard written != expected else { continue }
                    diagnostics.append(
                        Diagnostic(
                            .error, code: .malformedTableRow,
                            message: "this row has \(written) cell\(written == 1 ? "" : "s") but the header has \(expected); "
                                + (written < expected ? "add the missing cells" : "remove the extra cells or escape '|' as '\\|'"),
                            range: SourceRange(start: SourceLocation(file: document.file.path, line: line, column: column), length: 1),
                            notes: [Diagnostic.Note("the header is here", at: header.range.start)]))
                }
            }
        }
        return diagnostics
    }

    /// Cells in a source row: unescaped pipes, without the optional outer ones, plus one.
    static func cellCount(_ line: String) -> Int {
        let trimmed = Array(line.trimmingWhitespace().utf8)
        var pipes: [Int] = []
        var index = 0
        while index < trimmed.count {
            if trimmed[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if trimmed[index] == UInt8(ascii: "|") { pipes.append(index) }
            index += 1
        }
        var separators = pipes.count
        if pipes.first == 0 { separators -= 1 }
        if let last = pipes.last, last == trimmed.count - 1, last != 0 { separators -= 1 }
        return separators + 1
    }
}
