/// A two-column table of labels and values: `| URL | /api/v3/order |`, `| 请求方式 | POST |`.
/// Its header row may be a pair too, or name the columns (`| Item | Value |`).
struct KeyValueTable {
    struct Pair {
        var label: Label
        var value: Table.Cell
    }

    var pairs: [Pair]
    /// Rows that name a header the call sends: `` `X-Session-Id` Header | `sessionId` ``.
    var headers: [(name: String, location: SourceLocation)] = []

    /// Nil unless a row pairs a URL label with a URL or path, or a method label with a
    /// method: a table headed `Method | What it does` lists something else.
    init?(_ table: Table) {
        guard table.header.count == 2 else { return nil }
        var candidates: [Pair] = []
        if let label = Label(normalized: table.header[0]), let value = table.headerCells.last {
            candidates.append(Pair(label: label, value: value))
        }
        for row in table.rows where row.count >= 2 {
            if let label = Label(normalized: Label.normalize(row[0].text)) { candidates.append(Pair(label: label, value: row[1])) }
        }
        let pairs = candidates.filter { pair in
            switch pair.label {
            case .url: return OperationURL(parsingReference: pair.value.text) != nil || EndpointLine(pair.value.text) != nil
            case .method: return HTTPMethod(parsing: pair.value.text.split(whereSeparator: { " /,".contains($0) }).first.map(String.init) ?? "") != nil
            default: return true
            }
        }
        guard pairs.contains(where: { $0.label == .url || $0.label == .method }) else { return nil }
        self.pairs = pairs
        for row in table.rows where row.count >= 2 {
            let words = row[0].text.split(separator: " ")
            guard words.count == 2, words[1].lowercased() == "header", DefinitionReader.isIdentifier(String(words[0]).trimmingCharacters(in: "`")) else { continue }
            headers.append((String(words[0]).trimmingCharacters(in: "`"), row[0].range.start))
        }
    }
}
