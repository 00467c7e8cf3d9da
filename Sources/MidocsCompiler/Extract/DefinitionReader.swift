/// Reads a parameter written as a definition (kramdown, Hugo, PHP Markdown Extra):
///
///     username
///     : {{<required>}} String. The desired username.
///
/// CommonMark sees one paragraph of two lines, the second starting with a colon.
enum DefinitionReader {
    static func parameter(in paragraph: MarkdownNode, placement: Parameter.Placement?, source: SourceText) -> ParameterTableReader.Row? {
        let lines = OperationExtractor.lines(of: paragraph)
        guard lines.count >= 2 else { return nil }
        // `slug=<value>`: the name is before the `=`.
        let term = OperationExtractor.text(of: lines[0])
        let name = ParameterTableReader.name(String(term.prefix { $0 != "=" }))
        guard !name.isEmpty, !name.contains(" ") else { return nil }
        var definition = lines.dropFirst().map(OperationExtractor.text(of:)).joined(separator: " ")
        guard definition.hasPrefix(":") else { return nil }
        definition = String(definition.dropFirst()).trimmingWhitespace()
        var isRequired: Bool?
        for (marker, value) in markers where definition.lowercased().hasPrefix(marker) {
            isRequired = value
            definition = String(definition.dropFirst(marker.count)).trimmingWhitespace()
            break
        }
        // "String. The desired username", "Array of String. ...": the type leads.
        let first = definition.prefix { $0 != "." && $0 != "," && $0 != "(" }.trimmingWhitespace()
        let type = ValueType(parsing: first)
        // "string, optional, default value: 10": a mark may follow the type.
        if isRequired == nil, type != nil { isRequired = mark(after: first, in: definition) }
        let parameter = Parameter(
            name: name, placement: placement ?? .query, isRequired: isRequired, type: type, typeName: type == nil ? "" : first,
            description: Text(markdown: definition, plain: definition), fixedValue: nil, location: lines[0][0].range.start)
        return ParameterTableReader.Row(parameter: parameter, isPlacementStated: placement != nil)
    }

    /// A parameter named in bold at the start of its own paragraph, perhaps with a mark:
    /// `**User-Agent** <Required />`, `**limit** (optional)`.
    static func boldNamed(_ paragraph: MarkdownNode, placement: Parameter.Placement?) -> ParameterTableReader.Row? {
        let lines = OperationExtractor.lines(of: paragraph)
        guard let first = lines.first, let name = first.first, name.kind == .strong else { return nil }
        // `**请求体说明：**`: a label in bold, not a name.
        let written = name.plainText.trimmingWhitespace()
        guard !written.hasSuffix(":"), !written.hasSuffix("："), !isSectionLabel(written) else { return nil }
        let parameterName = ParameterTableReader.name(name.plainText)
        guard !parameterName.isEmpty, !parameterName.contains(" ") else { return nil }
        let rest = OperationExtractor.text(of: Array(first.dropFirst())).lowercased()
        // `**请求**:` alone: a label in words, the request shown next.
        guard parameterName.isAllASCII || !rest.trimmingCharacters(in: ":： ").isEmpty else { return nil }
        var isRequired: Bool?
        if rest.contains("required") || rest.contains("必填") { isRequired = true }
        if rest.contains("optional") || rest.contains("可选") { isRequired = false }
        // `**account_id*** `string``: a star after the name marks it required.
        if isRequired == nil, name.plainText.hasSuffix("*") || rest.hasPrefix("*") { isRequired = true }
        // Only a name and a mark, or a name alone on its line: else it is prose in bold.
        guard rest.count <= 24 else { return nil }
        let description = lines.dropFirst().map(OperationExtractor.text(of:)).joined(separator: " ")
        let parameter = Parameter(
            name: parameterName, placement: placement ?? .query, isRequired: isRequired, type: nil, typeName: "",
            description: Text(markdown: description, plain: description), fixedValue: nil, location: name.range.start)
        return ParameterTableReader.Row(parameter: parameter, isPlacementStated: placement != nil)
    }

    /// `**Response**`, `**Example**`, `**Parameters**`: a label that opens a part, never a
    /// parameter's name (unlike `**url**` or `**status**`, which name values too).
    private static func isSectionLabel(_ written: String) -> Bool {
        switch Label(heading: Label.normalize(written)) {
        case .parameters?, .responses?, .response?, .examples?: return true
        default: return false
        }
    }

    /// The mark among the short comma-separated terms that follow a leading type.
    static func mark(after type: String, in definition: String) -> Bool? {
        let clause = definition.dropFirst(type.count).prefix { $0 != "." && $0 != "\n" }
        for term in clause.split(separator: ",").prefix(3) {
            let word = term.trimmingWhitespace().lowercased().trimmingCharacters(in: ["(", ")"])
            if let (_, value) = markers.first(where: { word == $0.0 || word == $0.0 + "." }) { return value }
        }
        return nil
    }

    /// A line that names a parameter in code and describes it after a colon or dash:
    /// `` `phone`: the phone number, required ``, `` `key`：关键词 必填 ``.
    static func codeNamed(_ line: [MarkdownNode], placement: Parameter.Placement?) -> ParameterTableReader.Row? {
        guard line.count >= 2, case .code(let code) = line[0].kind, case .text(let after) = line[1].kind else { return nil }
        let name = code.trimmingWhitespace()
        guard isIdentifier(name) else { return nil }
        let rest = after.trimmingWhitespace()
        guard let separator = rest.first, ":：-–".contains(separator) else { return nil }
        let description = (String(rest.dropFirst()) + OperationExtractor.text(of: Array(line.dropFirst(2)))).trimmingWhitespace()
        let parameter = Parameter(
            name: name, placement: placement ?? .query, isRequired: requiredness(inDescription: description), type: nil,
            typeName: "", description: Text(markdown: description, plain: description), fixedValue: nil,
            location: line[0].range.start)
        return ParameterTableReader.Row(parameter: parameter, isPlacementStated: placement != nil)
    }

    /// A name as code writes one: `user_id`, `items[].id`, `X-Request-Id`.
    /// `gifUrl string 非必须 // 图片的网络地址`: a name, perhaps its type and a mark, then its
    /// description after `//`, as a line of code is commented.
    static func slashNoted(_ line: String, placement: Parameter.Placement?, at location: SourceLocation) -> ParameterTableReader.Row? {
        // Every line of a parameter section comes here: look at the bytes before searching.
        guard line.containsBytes("//"), let slashes = line.range(of: " //") ?? line.range(of: "\t//") else { return nil }
        let words = line[..<slashes.lowerBound].split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first, isIdentifier(name), words.count <= 4 else { return nil }
        let description = line[slashes.upperBound...].trimmingWhitespace()
        let type = words.count > 1 ? ValueType(parsing: words[1]) : nil
        let marks = words.dropFirst(type == nil ? 1 : 2).joined(separator: " ")
        return ParameterTableReader.Row(
            parameter: Parameter(
                name: name, placement: placement ?? .query, isRequired: marks.isEmpty ? nil : RequiredMark.inDescription(marks),
                type: type, typeName: type == nil ? "" : words[1], description: Text(markdown: description, plain: description),
                fixedValue: nil, location: location),
            isPlacementStated: placement != nil)
    }

    /// Rows of which only some are marked, every mark the same (`非必须`): the unmarked
    /// rows are the opposite, as a list that marks its exceptions means.
    static func settlingExceptions(_ rows: [ParameterTableReader.Row]) -> [ParameterTableReader.Row] {
        let marks = Set(rows.compactMap(\.parameter.isRequired))
        guard marks.count == 1, let mark = marks.first, rows.contains(where: { $0.parameter.isRequired == nil }) else { return rows }
        return rows.map { row in
            var row = row
            if row.parameter.isRequired == nil { row.parameter.isRequired = !mark }
            return row
        }
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_", name.count <= 48 else { return false }
        return name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "_-.[]".contains($0) }
    }

    /// Whether a description says its parameter is required ("必填", "required",
    /// "不能为空") or may be left out ("非必填", "optional", "默认 10", "default 10").
    static func requiredness(inDescription text: String) -> Bool? {
        let lowered = text.lowercased()
        if ["非必填", "非必须", "可选", "选填", "可不填", "optional", "默认", "default"].contains(where: lowered.contains) { return false }
        if ["必填", "必选", "必须", "不能为空", "required", "mandatory"].contains(where: lowered.contains) { return true }
        return nil
    }

    /// "Required if the server sets a minimum age", "you must provide it when ...", "为空时必填":
    /// required under a condition, which a plain flag cannot say.
    static func isConditional(_ description: String) -> Bool {
        let lowered = description.lowercased()
        return ["required if", "required when", "required unless", "required only", "only required", "must provide",
            "must be provided if", "must be provided when", "时必填", "时必传", "时必须"].contains(where: lowered.contains)
    }

    /// How definitions mark a parameter required or optional.
    static let markers: [(String, Bool)] = [
        ("{{<required>}}", true), ("{{< required >}}", true), ("required.", true), ("required", true),
        ("{{<optional>}}", false), ("optional.", false), ("optional", false), ("必填", true), ("必选", true),
        ("可选", false), ("选填", false),
    ]
}
