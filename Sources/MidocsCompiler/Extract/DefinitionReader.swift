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
        let parameterName = ParameterTableReader.name(name.plainText)
        guard !parameterName.isEmpty, !parameterName.contains(" ") else { return nil }
        let rest = OperationExtractor.text(of: Array(first.dropFirst())).lowercased()
        var isRequired: Bool?
        if rest.contains("required") || rest.contains("必填") { isRequired = true }
        if rest.contains("optional") || rest.contains("可选") { isRequired = false }
        // Only a name and a mark, or a name alone on its line: else it is prose in bold.
        guard rest.count <= 24 else { return nil }
        let description = lines.dropFirst().map(OperationExtractor.text(of:)).joined(separator: " ")
        let parameter = Parameter(
            name: parameterName, placement: placement ?? .query, isRequired: isRequired, type: nil, typeName: "",
            description: Text(markdown: description, plain: description), fixedValue: nil, location: name.range.start)
        return ParameterTableReader.Row(parameter: parameter, isPlacementStated: placement != nil)
    }

    /// How definitions mark a parameter required or optional.
    static let markers: [(String, Bool)] = [
        ("{{<required>}}", true), ("{{< required >}}", true), ("required.", true), ("required", true),
        ("{{<optional>}}", false), ("optional.", false), ("optional", false), ("必填", true), ("必选", true),
        ("可选", false), ("选填", false),
    ]
}
