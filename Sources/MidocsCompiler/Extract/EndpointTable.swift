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
                column != methodColumn && share(column) { Self.url(Self.firstWord($0)) != nil }
            })
        else { return nil }
        rows = table.rows.compactMap { row in
            guard row.count > max(methodColumn, urlColumn), let method = Self.method(row[methodColumn].text),
                let url = Self.url(Self.firstWord(row[urlColumn].text))
            else { return nil }
            return (method, url)
        }
        if rows.isEmpty { return nil }
    }

    /// `GET`, as a cell writes a method: in capitals.
    private static func method(_ text: String) -> HTTPMethod? {
        text == text.uppercased() ? HTTPMethod(parsing: text.trimmingCharacters(in: "`*")) : nil
    }

    /// A path or URL, or a host and path without the scheme (`api.tumblr.com/v2/user/follow`),
    /// which a table of endpoints means as an address.
    private static func url(_ text: String) -> OperationURL? {
        if let url = OperationURL(parsingReference: text) { return url }
        let host = text.prefix { $0 != "/" }
        let labels = host.split(separator: ".")
        guard labels.count >= 2, host.count < text.count, let last = labels.last, last.count >= 2, last.allSatisfy(\.isLetter),
            !["json", "html", "htm", "php", "md", "xml", "aspx", "jsp"].contains(last.lowercased())
        else { return nil }
        return OperationURL(parsing: "https://" + text)
    }

    private static func firstWord(_ text: String) -> String {
        text.trimmingCharacters(in: "`*").split(separator: " ").first.map(String.init) ?? ""
    }
}
