/// Turns a parameter table into parameters, finding its columns by what their headers mean
/// (`Name | In | Type | Required | Description`, `参数名 | 类型 | 是否必填 | 说明`, ...).
struct ParameterTableReader {
    /// A parameter, and whether the table said where it goes (else the operation decides).
    struct Row {
        var parameter: Parameter
        var isPlacementStated: Bool

        /// A name alone, where it goes stated, nothing else known (a query key, a header row).
        static func named(_ name: String, in placement: Parameter.Placement, at location: SourceLocation) -> Row {
            Row(
                parameter: Parameter(
                    name: name, placement: placement, isRequired: nil, type: nil, typeName: "", description: .empty, fixedValue: nil,
                    location: location),
                isPlacementStated: true)
        }
    }

    let source: SourceText
    /// Where parameters travel when the table has no In column, if the section's label says.
    let defaultPlacement: Parameter.Placement?

    func parameters(in table: Table, diagnostics: inout [Diagnostic]) -> [Row] {
        guard let nameColumn = table.index(of: .name) ?? (table.header.isEmpty ? nil : 0) else { return [] }
        var placementColumn = table.index(of: .placement)
        var typeColumn = table.index(of: .type)
        // "Parameter type" means the location in some docs and the data type in others.
        if let column = placementColumn, Self.ambiguousPlacementHeaders.contains(table.header[column]), !holdsPlacements(table, column) {
            if typeColumn == nil { typeColumn = column }
            placementColumn = nil
        }
        // swagger2markup's `Type | Name | Schema`: the Type column says where, Schema what.
        if placementColumn == nil, let column = typeColumn, holdsPlacements(table, column) {
            placementColumn = column
            typeColumn = table.header.firstIndex(of: "schema")
        }
        let requiredColumn = table.index(of: .required)
        let optionalColumn = requiredColumn == nil ? table.index(of: .optional) : nil
        let descriptionColumn = table.index(of: .description)
        let defaultColumn = table.index(of: .defaultValue)
        let letters = CellReader.letterAnswer(table, column: requiredColumn)
        let usesCircles = CellReader.usesCircles(table, column: requiredColumn ?? optionalColumn)
        // `Header Parameter | Description`, `请求头参数 | 说明`: the name column says where they go.
        let nameHeader = Label.normalize(table.header[nameColumn])
        let columnPlacement: Parameter.Placement? = placementColumn == nil
            && (nameHeader.contains("header") || nameHeader.contains("请求头")) ? .header : nil

        // Marks on the names (`before?`, `index_uid *`) say it for every row; else the descriptions.
        var marks: [Int: Bool?] = [:]
        if requiredColumn == nil, optionalColumn == nil {
            marks = Self.questionMarks(table, nameColumn)
            if marks.isEmpty { marks = Self.starMarks(table, nameColumn) }
            if marks.isEmpty { marks = Self.descriptionMarks(table, descriptionColumn) }
            if marks.isEmpty { marks = Self.optionalTypes(table, typeColumn) }
            if marks.isEmpty { marks = Self.typeCellMarks(table, typeColumn) }
        }
        return Self.nested(table.rows.enumerated().compactMap { rowIndex, row in
            guard nameColumn < row.count else { return nil }
            // `**envName** <br>*required*`: the mark written under the name.
            let (written, nameMark) = Self.trailingMark(row[nameColumn].text)
            let (typedName, namedPlacement) = Self.nameAndPlacement(written)
            // `page: number`: the name, then its type after a colon.
            let (name, namedType) = Self.nameAndType(typedName)
            // `| - | - | - |`: a row that says the table is empty.
            guard !name.isEmpty, !["-", "—", "–", "无", "n/a", "none"].contains(name.lowercased()) else { return nil }
            // `请求示例：` right under the table, which GFM takes for a row of it.
            if name.hasSuffix(":") || name.hasSuffix("：") || Label(normalized: Label.normalize(name)) != nil,
                row.indices.allSatisfy({ $0 == nameColumn || row[$0].text.isEmpty })
            {
                return nil
            }
            let cell = { (column: Int?) in column.flatMap { $0 < row.count ? row[$0] : nil } }
            let descriptionCell = cell(descriptionColumn)
            let typeCell = cell(typeColumn)
            let stated = cell(placementColumn).flatMap { placement($0, diagnostics: &diagnostics) } ?? namedPlacement ?? columnPlacement
                ?? typeCell.flatMap { Self.typeCellPlacement($0.text) }
            var isRequired: Bool?
            if let requiredCell = cell(requiredColumn), let letters {
                isRequired = letters(requiredCell)
            } else if let requiredCell = cell(requiredColumn ?? optionalColumn) {
                isRequired = CellReader.isRequired(
                    requiredCell, optionalColumn: optionalColumn != nil, circles: usesCircles, diagnostics: &diagnostics)
            } else {
                isRequired = marks[rowIndex] ?? nameMark
            }
            // A documented default means the parameter may be left out.
            if isRequired == nil, let value = cell(defaultColumn)?.text, Self.isDefault(value) { isRequired = false }
            let parameter = Parameter(
                name: name,
                placement: stated ?? defaultPlacement ?? .query,
                isRequired: isRequired,
                // "HTTP header, optional" says where the value goes, not its type.
                type: typeCell.flatMap { $0.text.lowercased().hasPrefix("http header") ? nil : CellReader.type(of: $0, diagnostics: &diagnostics) }
                    ?? namedType.flatMap(ValueType.init(parsing:)),
                typeName: typeCell?.text ?? namedType ?? "",
                description: descriptionCell.map { CellReader.text($0, source: source) } ?? .empty,
                fixedValue: descriptionCell.flatMap { FixedValueReader.fixedValue(of: name, in: $0.node) },
                location: row[nameColumn].range.start)
            return Row(parameter: parameter, isPlacementStated: stated != nil || defaultPlacement != nil)
        })
    }

    /// `body` then `» username`, `» password` (as API tools export them): a row marked `»`
    /// once per level is a key inside the row above it one level up. Keys of a row that
    /// stands for the whole body are the body's parameters; others are named with dots.
    static func nested(_ rows: [Row]) -> [Row] {
        guard rows.contains(where: { $0.parameter.name.hasPrefix("»") }) else { return rows }
        var result: [Row] = []
        var parents: [(name: String, isBody: Bool)] = []
        for var row in rows {
            let written = row.parameter.name
            let depth = written.prefix { $0 == "»" || $0 == " " }.filter { $0 == "»" }.count
            let name = String(written.drop { $0 == "»" || $0 == " " })
            parents = Array(parents.prefix(depth))
            if depth == 0, ["body", "request body", "requestbody"].contains(name.lowercased()) {
                parents = [(name, true)]
                continue
            }
            let path = parents.filter { !$0.isBody }.map(\.name) + [name]
            row.parameter.name = path.joined(separator: ".")
            if parents.first?.isBody == true {
                row.parameter.placement = .body
                row.isPlacementStated = true
            }
            parents.append((name, false))
            result.append(row)
        }
        return result
    }

    /// Required-ness written in descriptions, by row (`RequiredMark`). Where only some rows
    /// are marked, each at its start or in parentheses, the others are the opposite of the
    /// marks: a table that marks the optional ones means the rest are required. Empty when
    /// no row is marked.
    static func descriptionMarks(_ table: Table, _ column: Int?) -> [Int: Bool?] {
        guard let column else { return [:] }
        var marked: [Int: Bool] = [:]
        var allLead = true
        for (index, row) in table.rows.enumerated() where column < row.count {
            guard let mark = RequiredMark.mark(in: row[column].text) else { continue }
            marked[index] = mark.value
            allLead = allLead && mark.leads
        }
        guard !marked.isEmpty else { return [:] }
        let values = Set(marked.values)
        // Only marks set apart mark the exceptions: "... This is required." in one row says
        // nothing of the others.
        let unmarked: Bool? = values.count == 1 && allLead ? !values.first! : nil
        return Dictionary(uniqueKeysWithValues: table.rows.indices.map { ($0, marked[$0] ?? unmarked) })
    }

    /// `Optional str` in the Type column, as Python writes `Optional[str]`: those rows are
    /// optional and the others required. Empty when no type says so.
    static func optionalTypes(_ table: Table, _ column: Int?) -> [Int: Bool?] {
        guard let column else { return [:] }
        let optional = Set(table.rows.indices.filter { index in
            column < table.rows[index].count && table.rows[index][column].text.lowercased().hasPrefix("optional")
        })
        guard !optional.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: table.rows.indices.map { ($0, !optional.contains($0)) })
    }

    /// "string, optional", "integer, required (path)": a type cell that goes on to mark
    /// the parameter. Rows that say nothing stay unknown.
    static func typeCellMarks(_ table: Table, _ column: Int?) -> [Int: Bool?] {
        guard let column else { return [:] }
        var marks: [Int: Bool?] = [:]
        for index in table.rows.indices where column < table.rows[index].count {
            let terms = table.rows[index][column].text.lowercased().split(separator: ",").dropFirst()
            for term in terms {
                let word = term.trimmingWhitespace().prefix { $0.isLetter }
                if word == "required" { marks[index] = true } else if word == "optional" { marks[index] = false }
            }
        }
        guard !marks.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: table.rows.indices.map { ($0, marks[$0] ?? nil) })
    }

    /// "integer, required (path)", "HTTP header, optional": where a type cell says the value goes.
    static func typeCellPlacement(_ text: String) -> Parameter.Placement? {
        let lowered = text.lowercased()
        if lowered.hasPrefix("http header") { return .header }
        guard lowered.contains(","), let open = lowered.lastIndex(of: "("), lowered.hasSuffix(")") else { return nil }
        switch lowered[lowered.index(after: open)...].dropLast() {
        case "path": return .path
        case "query": return .query
        case "header": return .header
        case "body": return .body
        default: return nil
        }
    }

    /// `**index_uid** *`: a star on some names marks them required, and the others optional.
    static func starMarks(_ table: Table, _ column: Int) -> [Int: Bool?] {
        let starred = table.rows.indices.filter { index in
            column < table.rows[index].count && {
                let text = table.rows[index][column].text.trimmingWhitespace()
                return text.hasSuffix("*") || text.hasPrefix("*")
            }()
        }
        guard !starred.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: table.rows.indices.map { ($0, starred.contains($0)) })
    }

    /// `user_id?`: a question mark after a name makes it optional, and in a table that
    /// uses it, a name without one is required (as Discord's and TypeScript-like docs write).
    static func questionMarks(_ table: Table, _ column: Int) -> [Int: Bool?] {
        let marked = table.rows.indices.filter { index in
            column < table.rows[index].count && table.rows[index][column].text.trimmingWhitespace().hasSuffix("?")
        }
        guard !marked.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: table.rows.indices.map { ($0, !marked.contains($0)) })
    }

    /// A default cell that gives a value, not a dash or "none".
    static func isDefault(_ text: String) -> Bool {
        let value = Label.normalize(text)
        return !value.isEmpty && !["-", "—", "–", "/", "none", "n/a", "无", "无默认值", "required", "必填"].contains(value)
    }


    /// `envName required`, `limit optional`: a name, then a required mark as a word of its own.
    static func trailingMark(_ text: String) -> (String, Bool?) {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count == 2, let mark = ["required": true, "optional": false, "必填": true, "选填": false, "可选": false][
            String(words[1]).trimmingCharacters(in: "*_()（）").lowercased()]
        else { return (text, nil) }
        return (String(words[0]), mark)
    }

    /// `` `Authorization`(header) ``: a name that says where it goes after it.
    static func nameAndPlacement(_ text: String) -> (String, Parameter.Placement?) {
        guard text.hasSuffix(")"), let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return (name(text), nil) }
        let inside = Label.normalize(String(text[text.index(after: open)...].dropLast()))
        guard let placement = placementWords[inside] else {
            // `` `attach_to_data_stream` (Experimental) ``: a note after the name.
            let before = name(String(text[..<open]))
            return (DefinitionReader.isIdentifier(before) && text[..<open].hasSuffix(" ") ? before : name(text), nil)
        }
        return (name(String(text[..<open])), placement)
    }

    /// `page: number`, `ids: array`: a name and, after a colon, a type midocs knows.
    static func nameAndType(_ text: String) -> (String, String?) {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingWhitespace() }
        // `ids: number(s)`: one or several.
        let type = parts.count == 2 && parts[1].hasSuffix("(s)") ? String(parts[1].dropLast(3)) : parts.last ?? ""
        guard parts.count == 2, DefinitionReader.isIdentifier(parts[0]), ValueType(parsing: type) != nil else { return (text, nil) }
        return (parts[0], parts[1])
    }

    /// The name as code: without the marks some docs put around it (`*name`, `name*`).
    static func name(_ text: String) -> String {
        var name = text.trimmingCharacters(in: "*`\"'").trimmingWhitespace()
        if name.count > 1, name.hasSuffix("?") { name.removeLast() }
        return name
    }

    static let ambiguousPlacementHeaders: Set<String> = ["parameter type", "param type"]

    static let placementWords: [String: Parameter.Placement] = [
        "query": .query, "url": .query, "query string": .query, "querystring": .query, "查询": .query,
        "header": .header, "headers": .header, "请求头": .header, "头": .header,
        "path": .path, "url path": .path, "路径": .path,
        "form": .form, "form body": .form, "formdata": .form, "form data": .form, "表单": .form,
        "body": .body, "json": .body, "json body": .body, "请求体": .body,
        "cookie": .cookie, "fragment": .fragment, "url fragment": .fragment,
        "callback": .callback, "callback query": .callback,
    ]

    private func holdsPlacements(_ table: Table, _ column: Int) -> Bool {
        let values = table.rows.compactMap { $0.count > column ? Label.normalize($0[column].text) : nil }.filter { !$0.isEmpty }
        return values.filter { Self.placementWords[$0] != nil }.count * 2 >= values.count
    }

    private func placement(_ cell: Table.Cell, diagnostics: inout [Diagnostic]) -> Parameter.Placement? {
        let text = Label.normalize(cell.text)
        if text.isEmpty { return nil }
        if let placement = Self.placementWords[text] { return placement }
        let suggestion = Suggestion.closest(to: text, among: Parameter.Placement.allCases.map(\.rawValue))
        diagnostics.append(
            Diagnostic(
                .warning, code: .unknownParameterLocation,
                message: "unknown parameter location '\(cell.text)'; use query, header, path, form, body, fragment or callback"
                    + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
                range: cell.range,
                fixIts: suggestion.map { [Diagnostic.FixIt(range: cell.range, replacement: $0)] } ?? []))
        return nil
    }
}
