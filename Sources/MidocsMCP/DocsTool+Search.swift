import MCP

extension DocsTool {
    static let searchDocs = DocsTool(
        name: "search_docs", title: "Search the docs",
        description: """
            Full-text search over every page, operation, scope and error code of the docs. Words match parts of \
            words, case aside; results that hold more of the words come first. Each result has a snippet, the \
            page or section on the site, and the resource of the page's Markdown twin; for an operation, scope \
            or error code, `key` is what get_operation, get_scope or get_error_code take.
            """,
        input: ToolInput(arguments: [
            .init(name: "query", kind: .string(maximumLength: 500), description: "Words to look for, such as \"refresh token expired\" or \"96013\""),
            .init(
                name: "limit", kind: .integer(minimum: 1, maximum: 50), description: "How many results at most; 10 when left out",
                isRequired: false),
        ]),
        outputSchema: SearchAnswer.schema,
        answer: { arguments, docs in
            let query = arguments.string("query") ?? ""
            return try found(SearchAnswer(query: query, search: docs.search.search(query, limit: arguments.integer("limit") ?? 10)))
        })
}
