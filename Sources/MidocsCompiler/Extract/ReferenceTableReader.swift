/// Reads the two reference tables wherever they are, found by what their columns mean:
/// scopes (`Scope | Grants access to | API`, `权限 | 说明 | 接口`) and error codes
/// (`Code | Name | Description`, `错误码 | 错误信息 | 描述`, bold or code header cells).
struct ReferenceTableReader {
    let source: SourceText

    static let scopeHeaders: Set<String> = ["scope", "scope id", "scope value", "id", "权限", "权限id", "scope id值", "授权范围"]
    static let apiHeaders: Set<String> = [
        "api", "apis", "interface", "api path", "endpoints", "endpoint", "接口", "对应接口", "接口列表", "可访问接口", "相关接口",
    ]
    static let codeHeaders: Set<String> = [
        "code", "error code", "errorcode", "error_code", "errcode", "err_code", "error number", "value", "错误码",
        "错误代码", "返回码", "代码", "代碼", "错误编码", "錯誤碼", "error", "status code", "状态码", "ret", "retcode",
    ]
    static let nameHeaders: Set<String> = [
        "name", "constant", "error name", "error", "error message", "message", "msg", "errmsg", "错误信息", "错误名称",
        "名称", "错误码名称", "error type", "type", "enum",
    ]

    /// Scope and API columns, and scope ids that are numbers (in at least half the rows: a
    /// table of named scopes such as `read:user` is something this model does not hold).
    func isScopeTable(_ table: Table) -> Bool {
        guard let scope = table.index(ofAny: Self.scopeHeaders), table.index(ofAny: Self.apiHeaders) != nil else { return false }
        let values = table.rows.compactMap { $0.count > scope ? $0[scope].text : nil }.filter { !$0.isEmpty }
        return values.filter { Int(Self.digits($0)) != nil }.count * 2 >= values.count
    }

    /// A code column of whole numbers (mostly: a row may say "others") beside a column that
    /// names or describes them. A table of HTTP statuses is not one: its codes are the protocol's.
    func isErrorTable(_ table: Table) -> Bool {
        guard let code = codeColumn(table), table.header.count >= 2 else { return false }
        let header = table.header[code]
        if header.contains("http") { return false }
        if header.contains("status"), table.rows.allSatisfy({ row in
            code < row.count && Int(Self.digits(row[code].text)).map { (100...599).contains($0) } != false
        }) { return false }
        return describingColumn(table, besides: code) != nil
    }

    func scopes(in table: Table, diagnostics: inout [Diagnostic]) -> [Scope] {
        let idColumn = table.index(ofAny: Self.scopeHeaders)!
        let apiColumn = table.index(ofAny: Self.apiHeaders)!
        let descriptionColumn = table.index(of: .description) ?? (0..<table.header.count).first { $0 != apiColumn && $0 != idColumn }
        return table.rows.compactMap { row in
            guard idColumn < row.count, apiColumn < row.count,
                let id = integer(row[idColumn], kind: "scope id", diagnostics: &diagnostics)
            else { return nil }
            return Scope(
                id: id, description: text(row, descriptionColumn), apis: apis(in: row[apiColumn]),
                location: row[idColumn].range.start)
        }
    }

    func errorCodes(in table: Table, diagnostics: inout [Diagnostic]) -> [ErrorCode] {
        let codeColumn = codeColumn(table)!
        let nameColumn = nameColumn(table, besides: codeColumn)
        let descriptionColumn = table.index(of: .description).flatMap { $0 == nameColumn ? nil : $0 }
            ?? (0..<table.header.count).first { $0 != nameColumn && $0 != codeColumn }
        return table.rows.compactMap { row in
            guard codeColumn < row.count, let code = Int(Self.digits(row[codeColumn].text)) else { return nil }
            return ErrorCode(
                code: code, name: nameColumn.map { $0 < row.count ? row[$0].text : "" } ?? "",
                description: text(row, descriptionColumn), location: row[codeColumn].range.start)
        }
    }

    // MARK: Columns

    private func codeColumn(_ table: Table) -> Int? {
        table.header.indices.first { Self.codeHeaders.contains(table.header[$0]) && mostlyIntegers(table, $0) }
    }

    private func describingColumn(_ table: Table, besides code: Int) -> Int? {
        table.index(of: .description).flatMap { $0 == code ? nil : $0 } ?? nameColumn(table, besides: code)
    }

    /// The column that names each code: headed so, or holding constant names (`OA_INVALID_CODE`).
    private func nameColumn(_ table: Table, besides code: Int) -> Int? {
        let constants = table.header.indices.first { column in
            column != code && table.rows.allSatisfy { row in column < row.count && Self.isConstant(row[column].text) }
        }
        return constants ?? table.header.indices.first { $0 != code && Self.nameHeaders.contains(table.header[$0]) }
    }

    private static func isConstant(_ text: String) -> Bool {
        !text.isEmpty && text.contains { $0.isLetter }
            && text.allSatisfy { ($0.isASCII && ($0.isUppercase || $0.isNumber)) || $0 == "_" || $0 == "." }
    }

    private func mostlyIntegers(_ table: Table, _ column: Int) -> Bool {
        let values = table.rows.compactMap { $0.count > column ? $0[column].text : nil }.filter { !$0.isEmpty }
        guard !values.isEmpty else { return false }
        return values.filter { Int(Self.digits($0)) != nil }.count * 3 >= values.count * 2
    }

    /// `96001`, `-1`, `` `40001` ``: the number in a code cell.
    private static func digits(_ text: String) -> String {
        text.trimmingCharacters(in: "`*")
    }

    // MARK: Cells

    /// Paths in code spans or links (`[user/profile](open-api.html)`: a path without its
    /// leading slash), or the cell's text, split at `<br>` and commas, each as a service name
    /// or a path.
    private func apis(in cell: Table.Cell) -> [Scope.APIReference] {
        var references: [Scope.APIReference] = []
        var pending = ""
        var pendingRange = cell.range
        func flush() {
            for part in pending.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }) {
                let name = part.trimmingWhitespace()
                if !name.isEmpty { references.append(Scope.APIReference(name: name, isPath: name.hasPrefix("/"), range: pendingRange)) }
            }
            pending = ""
        }
        for node in cell.node.children {
            switch node.kind {
            case .code(let path):
                flush()
                let name = path.trimmingWhitespace()
                references.append(
                    Scope.APIReference(name: name, isPath: name.hasPrefix("/"), range: SourceRange(start: node.range.start, length: path.utf8.count)))
            case .link:
                flush()
                let name = node.plainText.trimmingWhitespace()
                let looksLikePath = !name.contains(" ") && name.contains("/")
                let path = looksLikePath && !name.hasPrefix("/") ? "/" + name : name
                if !path.isEmpty { references.append(Scope.APIReference(name: path, isPath: path.hasPrefix("/"), range: node.range)) }
            default:
                if node.isBreakTag {
                    flush()
                } else {
                    if pending.isEmpty { pendingRange = node.range }
                    pending += node.plainText
                }
            }
        }
        flush()
        return references
    }

    private func text(_ row: [Table.Cell], _ column: Int?) -> Text {
        guard let column, column < row.count else { return .empty }
        return Text(markdown: source.slice(row[column].node.range), plain: row[column].text)
    }

    private func integer(_ cell: Table.Cell, kind: String, diagnostics: inout [Diagnostic]) -> Int? {
        if let value = Int(Self.digits(cell.text)) { return value }
        diagnostics.append(
            Diagnostic(
                .warning, code: .invalidTableValue,
                message: "'\(cell.text)' is not a number; a \(kind) is a whole number",
                range: cell.range))
        return nil
    }
}
