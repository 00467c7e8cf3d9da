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

    /// What a column holds, whatever the header calls it, in English or Chinese.
    enum Column: CaseIterable {
        case name, placement, type, required, optional, description, defaultValue
        /// Columns that say something else of each name (its number, length, an example): a
        /// table may have them and still describe named values.
        case other

        /// The header words of this column, made once.
        var headers: Set<String> { Self.headerSets[self]! }

        private static let headerSets: [Column: Set<String>] = Dictionary(
            uniqueKeysWithValues: allCases.map { ($0, $0.spellings) })

        private var spellings: Set<String> {
            switch self {
            case .name:
                return [
                    "name", "field", "parameter", "param", "key", "field name", "parameter name", "param name",
                    "property", "attribute", "argument", "参数", "参数名", "参数名称", "字段", "字段名", "字段名称", "名称",
                    "属性", "参数名字", "请求参数", "欄位", "参数字段", "字段名", "query parameter", "path parameter",
                    "body parameter", "header name", "header", "headers", "header名", "header参数", "header 名称", "filter", "http header", "请求头", "输入参数", "输出参数", "入参", "出参",
                ]
            case .placement:
                return ["in", "location", "where", "position", "parameter type", "param type", "位置", "参数位置", "参数类型位置"]
            case .type:
                return ["type", "data type", "value type", "类型", "数据类型", "参数类型", "字段类型", "類型", "值类型"]
            case .required:
                return [
                    "required", "mandatory", "must", "is required", "required?", "必选", "必填", "是否必须", "是否必填",
                    "是否必选", "必须", "必需", "是否必需", "必要", "是否必要", "必選", "必填项", "必传", "是否必传", "必须传", "是否必须传",
                    "出现要求", "requirement", "presence", "m/o", "required or not", "mandatory or not", "required or optional",
                    "required/optional", "optionality", "req.", "req", "req?", "contract",
                ]
            case .optional:
                return ["optional", "optional?", "可选", "是否可选", "nullable", "可为空", "是否可为空", "可空", "允许为空"]
            case .description:
                return [
                    "description", "meaning", "desc", "notes", "note", "remark", "remarks", "comment", "comments",
                    "details", "explanation", "decription", "说明", "描述", "备注", "含义", "含義", "意义", "意義",
                    "参数说明", "字段说明", "解释", "說明", "描述信息",
                ]
            case .defaultValue:
                return ["default", "default value", "默认值", "默认", "預設值"]
            case .other:
                return [
                    "#", "no", "no.", "序号", "编号", "中文", "中文名", "中文名称", "length", "max length", "长度", "最大长度",
                    "example", "examples", "example value", "sample", "示例", "示例值", "样例", "取值范围", "range", "format",
                    "格式", "version", "since", "版本", "acceptable values", "allowed values", "possible values", "values", "取值",
                    "可选值", "枚举值",
                ]
            }
        }

        /// Every header word of every column, for "is this table about named values?"
        static let allHeaders: [String: Column] = {
            var all: [String: Column] = [:]
            for column in allCases {
                for header in column.headers where all[header] == nil { all[header] = column }
            }
            return all
        }()

        /// What a normalised header means: its own words, else its last word ("search
        /// parameter", "is optional") or, in Chinese, its longest known ending ("请求参数名").
        static func meaning(of header: String) -> Column? {
            if let column = allHeaders[header] { return column }
            if let space = header.lastIndex(of: " ") {
                return allHeaders[String(header[header.index(after: space)...])]
            }
            guard header.count > 2, header.unicodeScalars.contains(where: { $0.value >= 0x4E00 && $0.value <= 0x9FFF }) else {
                return nil
            }
            for start in 1..<(header.count - 1) {
                if let column = allHeaders[String(header.dropFirst(start))] { return column }
            }
            return nil
        }
    }

    var header: [String]
    var headerCells: [Cell] = []
    var rows: [[Cell]]
    var location: SourceLocation

    init?(_ node: MarkdownNode) {
        guard case .table = node.kind else { return nil }
        var header: [String] = []
        var headerCells: [Cell] = []
        var rows: [[Cell]] = []
        for row in node.children {
            let cells = row.children.map { Cell(node: $0) }
            if row.kind == .tableHeader {
                header = cells.map { Label.normalize($0.text) }
                headerCells = cells
            } else {
                rows.append(cells)
            }
        }
        self.header = header
        self.headerCells = headerCells
        self.rows = rows
        self.location = node.range.start
    }

    /// The index of the column with this meaning, if the table has one.
    func index(of column: Column) -> Int? {
        header.firstIndex { column.headers.contains($0) } ?? header.firstIndex { Column.meaning(of: $0) == column }
    }

    func index(ofAny names: Set<String>) -> Int? {
        header.firstIndex { names.contains($0) }
    }

    /// Whether the table describes named values (parameters or fields): a name column and
    /// at least one column that says something about each name, and no column it cannot
    /// place beyond one (an "example" column, say).
    var describesNamedValues: Bool { Self.describesNamedValues(header) }

    /// The same for a header read elsewhere (an HTML table's), its words normalised.
    static func describesNamedValues(_ header: [String]) -> Bool {
        guard header.contains(where: { Column.meaning(of: $0) == .name }), header.count >= 2 else { return false }
        let known = header.filter { Column.meaning(of: $0) != nil }
        let about = known.filter { Column.meaning(of: $0) != .name && Column.meaning(of: $0) != .other }
        return !about.isEmpty && header.count - known.count <= max(1, header.count / 3)
    }

    /// Whether the table's header has these columns, in any order.
    func has(_ columns: Column...) -> Bool {
        columns.allSatisfy { index(of: $0) != nil }
    }
}
