/// Reads the two reference tables: scopes (`Scope | Grants access to | API`) and error
/// codes (`Code | Name | Description`), whatever page they are on.
struct ReferenceTableReader {
    let source: SourceText

    static let scopeHeaders: Set<String> = ["scope", "scope id", "scope value", "id"]
    static let apiHeaders: Set<String> = ["api", "apis", "interface", "api path"]
    static let codeHeaders: Set<String> = ["code", "error code", "errorcode", "value"]
    static let nameHeaders: Set<String> = ["name", "constant", "error name", "error"]

    func isScopeTable(_ table: Table) -> Bool {
        table.header.first.map(Self.scopeHeaders.contains) == true && table.index(ofAny: Self.apiHeaders) != nil
    }

    func isErrorTable(_ table: Table) -> Bool {
        table.header.first.map(Self.codeHeaders.contains) == true && table.index(ofAny: Self.nameHeaders) != nil
    }

    func scopes(in table: Table, diagnostics: inout [Diagnostic]) -> [Scope] {
        let apiColumn = table.index(ofAny: Self.apiHeaders)!
        let descriptionColumn = (1..<table.header.count).first { $0 != apiColumn }
        return table.rows.compactMap { row in
            guard let id = integer(row[0], kind: "scope id", diagnostics: &diagnostics) else { return nil }
            return Scope(
                id: id, description: text(row, descriptionColumn), apis: apis(in: row[apiColumn]),
                location: row[0].range.start)
        }
    }

    func errorCodes(in table: Table, diagnostics: inout [Diagnostic]) -> [ErrorCode] {
        let nameColumn = table.index(ofAny: Self.nameHeaders)!
        let descriptionColumn = table.index(of: .description) ?? (1..<table.header.count).first { $0 != nameColumn }
        return table.rows.compactMap { row in
            guard let code = integer(row[0], kind: "error code", diagnostics: &diagnostics) else { return nil }
            return ErrorCode(
                code: code, name: row[nameColumn].text, description: text(row, descriptionColumn),
                location: row[0].range.start)
        }
    }

    /// Paths in code spans, or the cell's text as one service name.
    private func apis(in cell: Table.Cell) -> [Scope.APIReference] {
        let codes = cell.node.children.compactMap { node -> Scope.APIReference? in
            guard case .code(let path) = node.kind else { return nil }
            let name = path.trimmingWhitespace()
            return Scope.APIReference(name: name, isPath: name.hasPrefix("/"), range: SourceRange(start: node.range.start, length: path.utf8.count))
        }
        if !codes.isEmpty { return codes }
        guard !cell.text.isEmpty else { return [] }
        return [Scope.APIReference(name: cell.text, isPath: cell.text.hasPrefix("/"), range: cell.range)]
    }

    private func text(_ row: [Table.Cell], _ column: Int?) -> Text {
        guard let column, column < row.count else { return .empty }
        return Text(markdown: source.slice(row[column].node.range), plain: row[column].text)
    }

    private func integer(_ cell: Table.Cell, kind: String, diagnostics: inout [Diagnostic]) -> Int? {
        if let value = Int(cell.text) { return value }
        diagnostics.append(
            Diagnostic(
                .error, code: .invalidTableValue,
                message: "'\(cell.text)' is not a number; a \(kind) is a whole number",
                range: cell.range))
        return nil
    }
}
