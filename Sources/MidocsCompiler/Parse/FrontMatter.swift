/// The front matter that Jekyll, Hugo, MkDocs and Docusaurus pages open with: YAML between
/// `---` lines or TOML between `+++` lines. CommonMark would read it as a rule and a
/// heading; midocs keeps its title and reads the rest of the page as Markdown.
struct FrontMatter: Equatable {
    var title: String?
    var endpoint: FrontMatterEndpoint?

    /// The front matter of `text`, if it opens with one, and the text with its lines left
    /// blank, so that every later line keeps its number.
    static func split(_ text: String) -> (FrontMatter, String)? {
        guard text.hasPrefix("---") || text.hasPrefix("+++") else { return nil }
        let fence = text.hasPrefix("---") ? "---" : "+++"
        var lines = text.split(separator: "\n", maxSplits: 400, omittingEmptySubsequences: false)
        guard lines[0].trimmingWhitespace() == fence else { return nil }
        let ends: Set<String> = fence == "---" ? ["---", "..."] : ["+++"]
        guard let end = lines.indices.dropFirst().first(where: { ends.contains(lines[$0].trimmingWhitespace()) }),
            end < lines.count - 1 || lines.count <= 400
        else { return nil }
        // Keys, not prose: `---`, a paragraph, `---` are two rules around it.
        guard let firstKey = lines[1..<end].first(where: { !$0.trimmingWhitespace().isEmpty }), isKeyLine(firstKey) else { return nil }
        var title: String?
        for line in lines[1..<end] {
            let trimmed = line.trimmingWhitespace()
            guard trimmed.hasPrefix("title"), let separator = trimmed.dropFirst(5).first(where: { !$0.isWhitespace }),
                separator == ":" || separator == "="
            else { continue }
            let value = trimmed.drop { $0 != separator }.dropFirst().trimmingWhitespace()
            title = value.trimmingCharacters(in: "\"'").trimmingWhitespace()
            if title?.isEmpty == true { title = nil }
        }
        let endpoint = fence == "---" ? FrontMatterEndpoint(yaml: lines[1..<end].joined(separator: "\n")) : nil
        if title == nil, let name = endpoint?.name { title = name }
        for index in 0...end { lines[index] = "" }
        return (FrontMatter(title: title, endpoint: endpoint), lines.joined(separator: "\n"))
    }

    /// `title: x`, `date = "..."`: a name, then `:` or `=`.
    private static func isKeyLine(_ line: Substring) -> Bool {
        let name = line.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        guard !name.isEmpty, name.first?.isLetter == true else { return false }
        let rest = line.dropFirst(name.count).drop { $0 == " " }
        return rest.first == ":" || rest.first == "="
    }
}
