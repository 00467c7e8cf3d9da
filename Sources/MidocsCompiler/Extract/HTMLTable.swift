/// A table written in HTML (`<table><tr><th>Name</th>...`), as docs that need `rowspan` or
/// `<br>` in cells write them: read as the Markdown table it stands for, one cell a `<th>` or
/// `<td>`, a cell spanning rows repeated in each. Cells hold their text; positions point at
/// the table's start, where the diagnostics about a cell then stand.
enum HTMLTable {
    static func table(in html: String, at block: MarkdownNode) -> Table? {
        guard html.utf8.count < 200_000, html.lowercased().contains("<table") else { return nil }
        var rows: [[String]] = []
        var row: [String] = []
        var cell: String?
        // Cells still to repeat below, by column: their text and how many rows remain.
        var spans: [Int: (text: String, rows: Int)] = [:]
        var pendingSpan = 1
        func closeCell() {
            guard let text = cell.map({ $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }) else { return }
            if pendingSpan > 1 { spans[row.count] = (text, pendingSpan - 1) }
            row.append(text)
            cell = nil
            pendingSpan = 1
        }
        func fillSpans() {
            while let span = spans[row.count], span.rows > 0 {
                row.append(span.text)
                spans[row.count - 1] = span.rows > 1 ? (span.text, span.rows - 1) : nil
            }
        }
        for token in RawHTMLTokenizer.tokens(of: html) {
            switch token {
            case .startTag("table", _, _) where !rows.isEmpty || !row.isEmpty:
                // A table inside a cell: not one this reads.
                return nil
            case .startTag(let name, let attributes, _) where name == "th" || name == "td":
                closeCell()
                fillSpans()
                cell = ""
                pendingSpan = attributes.first { $0.name == "rowspan" }.flatMap { Int($0.value) } ?? 1
            case .endTag(let name) where name == "th" || name == "td":
                closeCell()
            case .startTag("br", _, _):
                if cell != nil { cell! += " " }
            case .endTag("tr"):
                closeCell()
                fillSpans()
                if !row.isEmpty { rows.append(row) }
                row = []
            case .text(let text):
                if cell != nil { cell! += CharacterReference.decode(text) }
            default:
                break
            }
        }
        guard let header = rows.first, header.count >= 2, rows.count >= 2 else { return nil }
        let node = { (text: String) -> Table.Cell in
            var text = MarkdownNode(kind: .text(text), range: SourceRange(start: block.range.start, length: 0))
            text.children = []
            var cell = text
            cell.kind = .tableCell
            cell.children = [text]
            return Table.Cell(node: cell)
        }
        return Table(
            header: header.map(Label.normalize), headerCells: header.map(node),
            rows: rows.dropFirst().map { $0.map(node) }, location: block.range.start)
    }
}

extension Table {
    init(header: [String], headerCells: [Cell], rows: [[Cell]], location: SourceLocation) {
        self.header = header
        self.headerCells = headerCells
        self.rows = rows
        self.location = location
    }
}
