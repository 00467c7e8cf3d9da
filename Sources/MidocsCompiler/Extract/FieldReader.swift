import Foundation

/// Reads response fields from a field table (`Field | Type | Required | Description`) or a
/// numbered list of bold names (`1. __ticket__: the new ticket`), and nests dotted names:
/// `data.miliaoNick` goes inside `data`.
struct FieldReader {
    let source: SourceText

    func fields(in table: Table, diagnostics: inout [Diagnostic]) -> [Field] {
        let nameColumn = table.index(of: .name) ?? 0
        let typeColumn = table.index(of: .type)
        let requiredColumn = table.index(of: .required)
        let descriptionColumn = table.index(of: .description)
        return table.rows.compactMap { row in
            let name = row[nameColumn].text
            guard !name.isEmpty else { return nil }
            let typeCell = typeColumn.map { row[$0] }
            return Field(
                name: name,
                type: typeCell.flatMap { CellReader.type(of: $0, diagnostics: &diagnostics) },
                typeName: typeCell?.text ?? "",
                isRequired: requiredColumn.map { CellReader.isRequired(row[$0], diagnostics: &diagnostics) } ?? nil,
                description: descriptionColumn.map { CellReader.text(row[$0], source: source) } ?? .empty,
                location: row[nameColumn].range.start)
        }
    }

    /// A list whose every item starts with a bold name (`__ticket__: the new ticket`) or a
    /// code span and a separator (`` `id`: the alert's id ``); nil when it is something else.
    /// With `plainNames`, also `- user_name: User name` (where parameters are expected).
    func fields(inList list: MarkdownNode, plainNames: Bool = false) -> [Field]? {
        var fields: [Field] = []
        for item in list.children {
            guard let paragraph = item.children.first, paragraph.kind == .paragraph else { return nil }
            if plainNames, let field = Self.plainNamed(paragraph) ?? Self.markedName(item) ?? Self.codePair(paragraph) ?? Self.bareName(paragraph) {
                fields.append(field)
                continue
            }
            guard let name = paragraph.children.first, name.kind == .strong || Self.isCodeName(paragraph.children)
            else { return nil }
            var description = Array(paragraph.children.dropFirst())
            if case .text(let text)? = description.first?.kind {
                description[0].kind = .text(String(text.drop { $0 == ":" || $0.isWhitespace }))
            }
            let plain = description.map(\.plainText).joined().trimmingWhitespace()
            let markdown = description.isEmpty
                ? "" : source.slice(SourceRange(start: description[0].range.start, end: paragraph.range.end))
            // `**url (optional)**:`: a mark written inside the name's bold.
            let (written, mark) = Self.nameAndMark(name.plainText.trimmingWhitespace())
            fields.append(
                Field(
                    name: String(written.prefix { $0 != "=" }), type: nil, typeName: "",
                    isRequired: mark ?? RequiredMark.inDescription(plain),
                    description: Text(markdown: markdown.drop { $0 == ":" || $0.isWhitespace }.description, plain: plain),
                    location: name.range.start))
        }
        return fields.isEmpty ? nil : fields
    }

    /// `url (optional)`, `name（必填）`: a name with a required mark after it, apart.
    static func nameAndMark(_ text: String) -> (String, Bool?) {
        guard text.hasSuffix(")") || text.hasSuffix("）"), let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else {
            return (text, nil)
        }
        let name = text[..<open].trimmingWhitespace()
        guard DefinitionReader.isIdentifier(name), let mark = RequiredMark.inDescription(String(text[open...])) else { return (text, nil) }
        return (name, mark)
    }

    /// `* prevKey (可选)` with its description in the item's next paragraphs: a name and
    /// its required-ness alone on the item's first line.
    private static func markedName(_ item: MarkdownNode) -> Field? {
        // The first line alone: `* batchNum (可选)` may go on with its description in the same paragraph.
        guard let paragraph = item.children.first, case .text(let text)? = paragraph.children.first?.kind,
            paragraph.children.count == 1 || paragraph.children[1].kind == .softBreak,
            case let (name, isRequired?) = nameAndMark(text.trimmingWhitespace())
        else { return nil }
        let rest = paragraph.children.dropFirst(2).map(\.plainText).joined()
        let description = ([rest] + item.children.dropFirst().map(\.plainText)).joined(separator: " ").trimmingWhitespace()
        return Field(
            name: name, type: nil, typeName: "", isRequired: isRequired, description: Text(markdown: description, plain: description),
            location: paragraph.range.start)
    }

    /// `` `mobile` `string` 手机号码 ``, `` `Authorization` `Bearer token` 授权 ``: a name in code,
    /// then its type or an example value in code, then its description.
    private static func codePair(_ paragraph: MarkdownNode) -> Field? {
        let nodes = paragraph.children
        guard nodes.count >= 3, case .code(let name) = nodes[0].kind, DefinitionReader.isIdentifier(name),
            case .text(let gap) = nodes[1].kind, gap.allSatisfy(\.isWhitespace), case .code(let second) = nodes[2].kind
        else { return nil }
        let type = ValueType(parsing: second)
        let description = nodes.dropFirst(3).map(\.plainText).joined().trimmingWhitespace()
        return Field(
            name: name, type: type, typeName: type == nil ? "" : second, isRequired: RequiredMark.inDescription(description),
            description: Text(markdown: description, plain: description), location: nodes[0].range.start)
    }

    /// `* per_page`, `` * `offset` ``: a name alone, among items that describe theirs.
    private static func bareName(_ paragraph: MarkdownNode) -> Field? {
        guard paragraph.children.count == 1 else { return nil }
        let written: String
        switch paragraph.children[0].kind {
        case .text(let text), .code(let text): written = text
        default: return nil
        }
        guard case let name = written.trimmingWhitespace(), DefinitionReader.isIdentifier(name), name.count >= 2
        else { return nil }
        return Field(name: name, type: nil, typeName: "", isRequired: nil, description: .empty, location: paragraph.range.start)
    }

    /// `user_name: User name`: an identifier, a colon, its description.
    private static func plainNamed(_ paragraph: MarkdownNode) -> Field? {
        guard case .text(let text)? = paragraph.children.first?.kind, let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" })
        else { return nil }
        let name = text[..<colon].trimmingWhitespace()
        // ASCII, as names in code are: "情况一：..." is a case described, not a parameter.
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-") }),
            name.first?.isLetter == true
        else { return nil }
        let description = paragraph.plainText.dropFirst(text.distance(from: text.startIndex, to: colon) + 1).trimmingWhitespace()
        return Field(
            name: name, type: nil, typeName: "", isRequired: RequiredMark.inDescription(description),
            description: Text(markdown: description, plain: description), location: paragraph.range.start)
    }

    /// `` `id`: ``, `` `id` - ``, `` `id` (string) ``: a code span named, then explained.
    private static func isCodeName(_ nodes: [MarkdownNode]) -> Bool {
        // `time=<rfc3339 | unix_timestamp>`: the name is what comes before `=`.
        guard case .code(let code)? = nodes.first?.kind else { return false }
        let name = code.prefix { $0 != "=" }
        guard !name.contains(" "), !name.isEmpty else { return false }
        guard nodes.count > 1, case .text(let text) = nodes[1].kind else { return false }
        let after = text.trimmingWhitespace()
        return after.hasPrefix(":") || after.hasPrefix("-") || after.hasPrefix("—") || after.hasPrefix("：") || after.hasPrefix("(")
    }

    /// Puts `data.name` inside `data`, declaring `data` as an object when the docs did not.
    static func nest(_ fields: [Field]) -> [Field] {
        var result: [Field] = []
        for field in fields {
            let parts = field.name.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                result.append(field)
                continue
            }
            var child = field
            child.name = parts[1]
            if let index = result.firstIndex(where: { $0.name == parts[0] }) {
                result[index].fields = nest(result[index].fields + [child])
            } else {
                result.append(
                    Field(
                        name: parts[0], type: .object, typeName: "object", isRequired: true, description: .empty,
                        fields: [child], location: field.location))
            }
        }
        return result
    }
}
