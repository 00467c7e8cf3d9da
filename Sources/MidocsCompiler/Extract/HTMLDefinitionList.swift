/// Parameters written as an HTML definition list, each name a `<dt>` (often in `<code>`)
/// and its description the `<dd>` after it: `<dt><code>grant_type</code></dt>
/// <dd>(REQUIRED) Type of grant ...</dd>`.
enum HTMLDefinitionList {
    static func rows(in html: String, placement: Parameter.Placement?, at location: SourceLocation) -> [ParameterTableReader.Row]? {
        guard html.utf8.count < 200_000, html.lowercased().contains("<dt") else { return nil }
        var terms: [(name: String, description: String)] = []
        var open: String?
        var text = ""
        for token in RawHTMLTokenizer.tokens(of: html) {
            switch token {
            case .startTag(let name, _, _) where name == "dt" || name == "dd":
                open = name
                text = ""
            case .endTag(let name) where name == open:
                let written = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if name == "dt" {
                    terms.append((written, ""))
                } else if let last = terms.indices.last, terms[last].description.isEmpty {
                    terms[last].description = written
                }
                open = nil
            case .text(let written) where open != nil:
                text += CharacterReference.decode(written)
            default:
                break
            }
        }
        // Every term a name, as code writes one: else the list defines words, not parameters.
        guard !terms.isEmpty, terms.allSatisfy({ DefinitionReader.isIdentifier($0.name) }) else { return nil }
        return terms.map { term in
            ParameterTableReader.Row(
                parameter: Parameter(
                    name: term.name, placement: placement ?? .query, isRequired: RequiredMark.inDescription(term.description),
                    type: nil, typeName: "", description: Text(markdown: term.description, plain: term.description), fixedValue: nil,
                    location: location),
                isPlacementStated: placement != nil)
        }
    }
}
