/// The header of a table written in HTML: the text of its first row's cells, normalised
/// as Markdown tables' headers are. midocs does not read HTML tables as parameters; this
/// is enough to say so when one looks like a parameter table.
enum HTMLTableHeader {
    static func cells(in html: String) -> [String]? {
        guard html.utf8.count < 200_000, html.lowercased().contains("<table") else { return nil }
        var cells: [String] = []
        var cell: String?
        for token in RawHTMLTokenizer.tokens(of: html) {
            switch token {
            case .startTag(let name, _, _) where name == "th" || name == "td":
                if let open = cell { cells.append(open) }
                cell = ""
            case .endTag(let name) where name == "th" || name == "td":
                if let open = cell { cells.append(open) }
                cell = nil
            case .endTag("tr"):
                if let open = cell { cells.append(open) }
                if !cells.isEmpty { return cells.map(Label.normalize) }
                cell = nil
            case .text(let text):
                if cell != nil { cell! += CharacterReference.decode(text) }
            default:
                break
            }
        }
        return cells.isEmpty ? nil : cells.map(Label.normalize)
    }
}
