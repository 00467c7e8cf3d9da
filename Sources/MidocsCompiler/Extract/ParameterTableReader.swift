/// Turns a parameter table (`Name | In | Type | Required | Description`, or the legacy
/// `name | required | type | description`) into parameters.
struct ParameterTableReader {
    let source: SourceText
    /// Where parameters travel when the table has no In column.
    let defaultPlacement: Parameter.Placement

    func parameters(in table: Table, diagnostics: inout [Diagnostic]) -> [Parameter] {
        guard let nameColumn = table.index(of: .name) ?? (table.header.isEmpty ? nil : 0) else { return [] }
        let placementColumn = table.index(of: .placement)
        let typeColumn = table.index(of: .type)
        let requiredColumn = table.index(of: .required)
        let descriptionColumn = table.index(of: .description)

        return table.rows.compactMap { row in
            let name = row[nameColumn].text
            guard !name.isEmpty else { return nil }
            let descriptionCell = descriptionColumn.map { row[$0] }
            let typeCell = typeColumn.map { row[$0] }
            let type = typeCell.flatMap { CellReader.type(of: $0, diagnostics: &diagnostics) }
            return Parameter(
                name: name,
                placement: placementColumn.flatMap { placement(row[$0], diagnostics: &diagnostics) }
                    ?? defaultPlacement,
                isRequired: requiredColumn.map { CellReader.isRequired(row[$0], diagnostics: &diagnostics) } ?? true,
                type: type,
                typeName: typeCell?.text ?? "",
                description: descriptionCell.map { CellReader.text($0, source: source) } ?? .empty,
                fixedValue: descriptionCell.flatMap { FixedValueReader.fixedValue(of: name, in: $0.node) },
                location: row[nameColumn].range.start)
        }
    }

    private func placement(_ cell: Table.Cell, diagnostics: inout [Diagnostic]) -> Parameter.Placement? {
        let text = Label.normalize(cell.text)
        if text.isEmpty { return nil }
        if let placement = Parameter.Placement(rawValue: text) { return placement }
        let aliases: [String: Parameter.Placement] = [
            "url": .query, "query string": .query, "body": .form, "form body": .form,
            "url fragment": .fragment, "callback query": .callback,
        ]
        if let placement = aliases[text] { return placement }
        let suggestion = Suggestion.closest(to: text, among: Parameter.Placement.allCases.map(\.rawValue))
        diagnostics.append(
            Diagnostic(
                .error, code: .unknownParameterLocation,
                message: "unknown parameter location '\(cell.text)'; use query, header, form, fragment or callback"
                    + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
                range: cell.range,
                fixIts: suggestion.map { [Diagnostic.FixIt(range: cell.range, replacement: $0)] } ?? []))
        return nil
    }
}
