/// A GFM table read into header names and rows of cells, looked up by column meaning.
struct Table {
    struct Cell {
        var node: MarkdownNode
        var text: String { node.plainText.trimmingWhitespace() }
        /// The cell's content without the padding around it, for diagnostics.
        var range: SourceRange {
            guard let first = node.children.first, let last = node.children.last else { return node.range }
            return SourceRange(start: first.range.start, end: last.range.end)
        }
    }

    /// What a column holds, whatever the header calls it.
    enum Column: CaseIterable {
        case name, placement, type, required, description

        var headers: Set<String> {
            switch self {
            case .name: return ["name", "field", "parameter", "param", "key", "field name", "parameter name"]
            case .placement: return ["in", "location", "where", "position"]
            case .type: return ["type", "data type"]
            case .required: return ["required", "mandatory", "must", "is required", "required?"]
            case .description: return ["description", "meaning", "desc", "notes", "remark", "remarks", "comment"]
            }
        }
    }

    var header: [String]
    var rows: [[Cell]]
    var location: SourceLocation

    init?(_ node: MarkdownNode) {
        guard case .table = node.kind else { return nil }
        var header: [String] = []
        var rows: [[Cell]] = []
        for row in node.children {
            let cells = row.children.map { Cell(node: $0) }
            if row.kind == .tableHeader {
                header = cells.map { Label.normalize($0.text) }
            } else {
                rows.append(cells)
            }
        }
        self.header = header
        self.rows = rows
        self.location = node.range.start
    }

    /// The index of the column with this meaning, if the table has one.
    func index(of column: Column) -> Int? {
        header.firstIndex { column.headers.contains($0) }
    }

    func index(ofAny names: Set<String>) -> Int? {
        header.firstIndex { names.contains($0) }
    }

    /// Whether the table's header has these columns, in any order.
    func has(_ columns: Column...) -> Bool {
        columns.allSatisfy { index(of: $0) != nil }
    }
}
