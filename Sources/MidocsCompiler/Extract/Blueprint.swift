/// API Blueprint's Markdown: a resource heading names its URI template in brackets
/// (`## Login [/api/authn/users/login]`) and the action headings under it their method
/// (`### Log in [GET]`, or `[POST /api/x]` with a template of their own). Parameters are
/// MSON items (`+ id: alice (string, optional) - The user's id`), required unless marked.
enum Blueprint {
    /// Whether a heading can be a resource or an action: its text ends in `]`.
    static func mayDeclare(_ heading: MarkdownNode) -> Bool {
        guard case .text(let text)? = heading.children.last?.kind else { return false }
        return text.trimmingWhitespace().hasSuffix("]")
    }

    /// `## Name [/uri{?query}]`: the resource's URI template.
    static func resource(_ heading: String) -> String? {
        guard let inner = bracketed(heading), inner.hasPrefix("/") || inner.hasPrefix("{"), !inner.contains(" ") else { return nil }
        return inner
    }

    /// `### Title [GET]`: an action's method alone, its URI the resource's.
    static func action(_ heading: String) -> HTTPMethod? {
        guard let inner = bracketed(heading), inner == inner.uppercased() else { return nil }
        return HTTPMethod(parsing: inner)
    }

    /// `/api/authz/{account}/resources{?search,limit}`: the path and the query's names.
    static func split(template: String) -> (path: String, queryNames: [String]) {
        guard let open = template.range(of: "{?") ?? template.range(of: "{&") else { return (template, []) }
        let names = template[open.upperBound...].prefix { $0 != "}" }.split(separator: ",").map {
            String($0).trimmingCharacters(in: "* ")
        }
        return (String(template[..<open.lowerBound]), names.filter { !$0.isEmpty })
    }

    /// `id: alice (string, optional) - The user's id`, `` `limit` (number) - How many ``:
    /// the name, the marks in parentheses (the first is the type), and the description.
    static func parameter(_ text: String) -> (name: String, type: String?, isRequired: Bool?, description: String)? {
        let line = String(text.trimmingWhitespace())
        guard let open = line.firstIndex(of: "("), let close = line[open...].firstIndex(of: ")") else { return nil }
        let head = line[..<open]
        let name = String(head.split(separator: ":", maxSplits: 1).first ?? "").trimmingCharacters(in: "` ")
        guard DefinitionReader.isIdentifier(name) else { return nil }
        let after = line[line.index(after: close)...].trimmingWhitespace()
        // The description follows a dash; anything else after the parentheses is prose.
        guard after.isEmpty || after.hasPrefix("-") else { return nil }
        let marks = line[line.index(after: open)..<close].split(separator: ",").map { $0.trimmingWhitespace().lowercased() }
        var isRequired: Bool?
        if marks.contains("required") { isRequired = true }
        if marks.contains("optional") { isRequired = false }
        let type = marks.first { $0 != "required" && $0 != "optional" }
        return (name, type, isRequired, String(after.dropFirst()).trimmingWhitespace())
    }

    private static func bracketed(_ heading: String) -> String? {
        let text = heading.trimmingWhitespace()
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "["), open > text.startIndex else { return nil }
        return String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingWhitespace()
    }
}
