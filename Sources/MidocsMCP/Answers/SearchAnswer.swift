import MCP

/// What `search_docs` answers: the best matches, each with where to read more.
struct SearchAnswer: Codable, Sendable {
    struct Hit: Codable, Sendable {
        var kind: String
        var title: String
        /// The operation's id, the scope's id or the error code, for the other tools.
        var key: String?
        var snippet: String
        var documentation: String
        var resource: String
        var score: Double
    }

    var query: String
    /// How many entries matched at all; `results` holds the best of them.
    var matched: Int
    var results: [Hit]

    init(query: String, search: (results: [DocsSearch.Result], matched: Int)) {
        self.query = query
        matched = search.matched
        results = search.results.map {
            Hit(
                kind: $0.entry.kind.rawValue, title: $0.entry.title, key: $0.entry.key, snippet: $0.snippet,
                documentation: $0.entry.documentation, resource: $0.entry.resource, score: $0.score)
        }
    }

    static let schema: Value = JSONSchema.object(
        [
            "query": JSONSchema.string, "matched": JSONSchema.integer,
            "results": JSONSchema.array(
                of: JSONSchema.object(
                    [
                        "kind": JSONSchema.strings(DocsSearch.Entry.Kind.allCases.map(\.rawValue)), "title": JSONSchema.string,
                        "key": JSONSchema.string("for operation: get_operation's id; for scope: get_scope's id; for errorCode: the code"),
                        "snippet": JSONSchema.string, "documentation": JSONSchema.string("the page or section on the site"),
                        "resource": JSONSchema.string("the MCP resource of the page's Markdown twin"), "score": JSONSchema.number,
                    ], required: ["kind", "title", "snippet", "documentation", "resource", "score"])),
        ], required: ["query", "matched", "results"])
}
