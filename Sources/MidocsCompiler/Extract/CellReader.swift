/// Reads the typed values of table cells: types, yes/no, and descriptions.
enum CellReader {
    static func text(_ cell: Table.Cell, source: SourceText) -> Text {
        Text(markdown: source.slice(cell.node.range), plain: cell.text)
    }

    /// "long", "list of string"; an unknown type is an error that names the known ones.
    static func type(of cell: Table.Cell, diagnostics: inout [Diagnostic]) -> ValueType? {
        let text = cell.text
        guard !text.isEmpty else { return nil }
        if let type = ValueType(parsing: text) { return type }
        let known = ["long", "int", "string", "boolean", "object"]
        let suggestion = Suggestion.closest(to: text.lowercased(), among: known)
        diagnostics.append(
            Diagnostic(
                .error, code: .unknownType,
                message: "unknown type '\(text)'; use long, int, string, boolean, object or 'list of' one of them"
                    + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
                range: cell.range))
        return nil
    }

    /// "yes", "Required", "optional", "no"; anything else is a warning and counts as yes.
    static func isRequired(_ cell: Table.Cell, diagnostics: inout [Diagnostic]) -> Bool {
        switch Label.normalize(cell.text) {
        case "yes", "y", "true", "required", "mandatory", "must": return true
        case "no", "n", "false", "optional", "": return false
        default:
            diagnostics.append(
                Diagnostic(
                    .warning, code: .unclearRequired,
                    message: "'\(cell.text)' in the Required column is neither yes nor no; write yes or no",
                    range: cell.range))
            return true
        }
    }
}
