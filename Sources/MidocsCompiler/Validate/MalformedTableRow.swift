/// Finds table rows with more or fewer cells than the header. GFM renders both: it pads
/// a short row with empty cells at its end and drops a long row's extra cells. So this is a
/// warning, and for a short row only when a value sits under the wrong column (a
/// description under Required: the missing cell is not the last), since padding at the
/// end is how many docs leave a trailing column empty.
struct MalformedTableRow {
    func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for document in context.documents {
            guard let source = context.sources[document.file.path] else { continue }
            document.root.walkBlocks { node in
                guard case .table = node.kind, let header = node.children.first else { return }
                let expected = header.children.count
                let columns = header.children.map { Table.Column.allHeaders[Label.normalize($0.plainText.trimmingWhitespace())] }
                for row in node.children.dropFirst() {
                    let (line, column) = (row.range.start.line, row.range.start.column)
                    // From where the row starts: in a quote or a list, the line begins with
                    // the quote's `>` or the item's indentation.
                    let written = Self.cellCount(String(decoding: source.line(line).utf8.dropFirst(column - 1), as: UTF8.self))
                    guard written != expected else { continue }
                    if written < expected, !Self.isShifted(row, written: written, columns: columns) { continue }
                    diagnostics.append(
                        Diagnostic(
                            .warning, code: .malformedTableRow,
                            message: "this row has \(written) cell\(written == 1 ? "" : "s") but the header has \(expected); "
                                + (written < expected
                                    ? "a value stands under the wrong column, so a cell before it is missing; add it (empty if need be)"
                                    : "GFM drops the extra cells; remove them or escape '|' as '\\|'"),
                            range: SourceRange(start: SourceLocation(file: document.file.path, line: line, column: column), length: 1),
                            notes: [Diagnostic.Note("the header is here", at: header.range.start)]))
                }
            }
        }
        return diagnostics
    }

    /// Whether a short row's values sit one or more columns too far left: a value under a
    /// Required or Type column that is not a yes/no or a type.
    static func isShifted(_ row: MarkdownNode, written: Int, columns: [Table.Column?]) -> Bool {
        for (index, cell) in row.children.prefix(written).enumerated() where index < columns.count {
            let text = Label.normalize(cell.plainText.trimmingWhitespace())
            guard !text.isEmpty else { continue }
            switch columns[index] {
            case .required?, .optional?:
                let first = text.split(whereSeparator: { " ,(（".contains($0) }).first.map(String.init) ?? text
                if !CellReader.yes.contains(first) && !CellReader.no.contains(first) { return true }
            case .type?:
                let first = ValueType.words(text).split(whereSeparator: { " ,(/|（".contains($0) }).first.map(String.init) ?? text
                if ValueType(parsing: text) == nil && ValueType(parsing: first) == nil && text.utf8.count > 24 { return true }
            default:
                continue
            }
        }
        return false
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
