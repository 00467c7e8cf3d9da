/// Reads the typed values of table cells: types, yes/no, and descriptions.
enum CellReader {
    static func text(_ cell: Table.Cell, source: SourceText) -> Text {
        // A cell of an HTML table has its text alone, no place in the file.
        Text(markdown: cell.node.range.start == cell.node.range.end ? MarkdownWriter.escaped(cell.text) : source.slice(cell.node.range), plain: cell.text)
    }

    /// "long", "list of string", "整型"; an unknown type is a warning (the written name is
    /// kept, and the emitters say nothing of its type).
    static func type(of cell: Table.Cell, diagnostics: inout [Diagnostic]) -> ValueType? {
        var text = cell.text
        guard !text.isEmpty else { return nil }
        if let type = ValueType(parsing: text) { return type }
        // "Optional str": the type after the mark (`ParameterTableReader.optionalTypes`).
        if text.lowercased().hasPrefix("optional "), let type = ValueType(parsing: String(text.dropFirst(9)).trimmingWhitespace()) {
            return type
        }
        if text.lowercased().hasPrefix("optional ") { text = String(text.dropFirst(9)) }
        let words = ValueType.words(text)
        // "string, optional" or "Integer (int64)": the type is the first word.
        if let first = words.split(whereSeparator: { " ,(/|（".contains($0) }).first, let type = ValueType(parsing: String(first)) {
            return type
        }
        let suggestion = Suggestion.closest(to: words, among: ValueType.vocabulary.keys.filter(\.isAllASCII))
        // `DeviceNetQualityDto`, `OrderInfo`: a structure the docs name in camel case, an
        // object; not a misspelled type, which a close suggestion gives away. A single word
        // (`Widget`) may be either, so it stays unknown.
        if suggestion == nil, text.first?.isUppercase == true, DefinitionReader.isIdentifier(text),
            text.dropFirst().contains(where: \.isUppercase), text.contains(where: \.isLowercase)
        {
            return .object
        }
        diagnostics.append(
            Diagnostic(
                .warning, code: .unknownType,
                message: "unknown type '\(text)'; midocs keeps the name but no type; write string, int, long, number, "
                    + "boolean, object, array or 'array of' one of them" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
                range: cell.range,
                fixIts: suggestion.map { [Diagnostic.FixIt(range: cell.range, replacement: $0)] } ?? []))
        return nil
    }

    static let yes: Set<String> = [
        "yes", "y", "true", "required", "mandatory", "must", "✓", "✔", "x", "是", "必填", "必选", "必须", "必需", "是的", "必選", "√",
        "✅", "✔️", "☑", "☑️",
    ]
    static let no: Set<String> = [
        "no", "n", "false", "optional", "-", "—", "否", "选填", "可选", "非必填", "非必须", "非必选", "不必须", "可選", "×", "",
        "❌", "✖", "✖️", "✘", "❎",
    ]

    /// "yes", "Required", "是", "选填"; anything else is a warning and unknown. In an
    /// Optional column the answer is turned around.
    /// Circles for yes (`o`, `○`): in a column that uses them, a cross (`x`, `×`) is no,
    /// as Japanese and Korean docs mark required parameters.
    static let circles: Set<String> = ["o", "○", "〇", "◯", "●"]
    static let crosses: Set<String> = ["x", "×", "✗", "✕"]

    /// Letters as payment and IoT specs mark presence: `R` (or `M`) required, `O` optional,
    /// `C` conditional (unknown). A column uses them when every value is one, with an R or M.
    static func letterAnswer(_ table: Table, column: Int?) -> ((Table.Cell) -> Bool?)? {
        guard let column else { return nil }
        let values = table.rows.compactMap { column < $0.count ? Label.normalize($0[column].text) : nil }
        // Under "出现要求" or "Presence" the letters are the only answers, an `O` alone too.
        let saysPresence = ["出现要求", "presence", "m/o", "r/o", "requirement"].contains(table.header[column])
        guard saysPresence || values.contains(where: { $0 == "r" || $0 == "m" }), values.allSatisfy({ ["r", "m", "o", "c", ""].contains($0) })
        else {
            return nil
        }
        return { cell in
            switch Label.normalize(cell.text) {
            case "r", "m": true
            case "o": false
            default: nil
            }
        }
    }

    /// Whether a Required column marks with circles, which turns its crosses into no.
    static func usesCircles(_ table: Table, column: Int?) -> Bool {
        guard let column else { return false }
        return table.rows.contains { column < $0.count && circles.contains(Label.normalize($0[column].text)) }
    }

    static func isRequired(
        _ cell: Table.Cell, optionalColumn: Bool = false, circles usesCircles: Bool = false, diagnostics: inout [Diagnostic]
    ) -> Bool? {
        let text = Label.normalize(cell.text)
        let answer: Bool?
        if usesCircles, circles.contains(text) || crosses.contains(text) {
            answer = circles.contains(text)
        } else if yes.contains(text) {
            answer = true
        } else if no.contains(text) {
            answer = false
        } else if let first = text.split(whereSeparator: { " ,，;；、(（".contains($0) }).first.map(String.init), yes.contains(first) || no.contains(first) {
            // "yes (for POST)", "否，默认 10".
            answer = yes.contains(first)
        } else {
            diagnostics.append(
                Diagnostic(
                    .warning, code: .unclearRequired,
                    message: "'\(cell.text)' in the Required column is neither yes nor no; write yes or no",
                    range: cell.range))
            return nil
        }
        return optionalColumn ? answer.map { !$0 } : answer
    }
}
