/// A table listing endpoints one per row, found by its values: a column of HTTP methods and a
/// column of paths or URLs (`| GET | /apisix/admin/routes | ... |`), whatever the headers say.
struct EndpointTable {
    var rows: [(method: HTTPMethod, url: OperationURL)]

    init?(_ table: Table) {
        guard table.rows.count >= 1, table.header.count >= 2 else { return nil }
        let columns = table.header.indices
        let share = { (column: Int, test: (String) -> Bool) -> Bool in
            let values = table.rows.compactMap { $0.count > column ? $0[column].text : nil }
            return !values.isEmpty && values.filter(test).count * 3 >= values.count * 2
        }
        guard let methodColumn = columns.first(where: { column in share(column) { Self.method($0) != nil } }),
            let urlColumn = columns.first(where: { column in
                column != methodColumn && share(column) { OperationURL(parsingReference: Self.firstWord($0)) != nil }
            })
        else { return nil }
        rows = table.rows.compactMap { row in
            guard row.count > max(methodColumn, urlColumn), let method = Self.method(row[methodColumn].text),
                let url = OperationURL(parsingReference: Self.firstWord(row[urlColumn].text))
            else { return nil }
            return (method, url)
        }
        if rows.isEmpty { return nil }
    }

    /// `GET`, as a cell writes a method: in capitals.
    private static func method(_ text: String) -> HTTPMethod? {
        text == text.uppercased() ? HTTPMethod(parsing: text.trimmingCharacters(in: "`*")) : nil
    }

    private static func firstWord(_ text: String) -> String {
        text.trimmingCharacters(in: "`*").split(separator: " ").first.map(String.init) ?? ""
    }
}
