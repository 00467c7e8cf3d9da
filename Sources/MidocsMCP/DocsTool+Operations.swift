import MCP
import MidocsCompiler

extension DocsTool {
    static let listOperations = DocsTool(
        name: "list_operations", title: "List the operations",
        description: """
            Every documented operation (HTTP call) in the docs' order: its id, title, method, full URL and \
            scope ids. Ask get_operation for one's parameters, responses and error codes.
            """,
        input: ToolInput(),
        outputSchema: JSONSchema.object(["operations": JSONSchema.array(of: OperationSummary.schema)], required: ["operations"]),
        answer: { _, docs in
            struct Answer: Codable { var operations: [OperationSummary] }
            return try found(Answer(operations: docs.spec.operations.map { OperationSummary($0, docs: docs) }))
        })

    static let getOperation = DocsTool(
        name: "get_operation", title: "Get an operation",
        description: """
            Everything the docs say of one operation, checked by the docs compiler: method and full URL, \
            scopes by name, parameters (where each goes, its type, whether it is required, fixed values), \
            each response with its fields and an example, and the error codes it cites by name. Give `id` \
            (from list_operations or search_docs), or `method` and `url` of a request (a full URL or a path; \
            where operations share a method and URL, the query's fixed values tell them apart, such as \
            grant_type=refresh_token).
            """,
        input: ToolInput(arguments: [
            .init(name: "id", kind: .string(maximumLength: 500), description: "The operation's id, such as open-api.get-the-user-profile", isRequired: false),
            .init(name: "method", kind: .string(maximumLength: 20), description: "The HTTP method of a request, with url", isRequired: false),
            .init(
                name: "url", kind: .string(maximumLength: 8192),
                description: "The URL of a request, with method: https://host/path?query or /path?query", isRequired: false),
        ]),
        outputSchema: OperationAnswer.schema,
        answer: { arguments, docs in
            if let id = arguments.string("id") {
                guard arguments.string("method") == nil, arguments.string("url") == nil else {
                    throw MCPError.invalidParams("give get_operation either id, or method and url, not both")
                }
                guard let operation = docs.operation(id) else {
                    let ids = docs.spec.operations.map(\.id)
                    let suggestion = Suggestion.closest(to: id, among: ids).map { "did you mean '\($0)'? " } ?? ""
                    return notFound("no operation has the id '\(id)'; \(suggestion)the ids are \(LoadedDocs.listed(ids))")
                }
                return try found(OperationAnswer(operation, docs: docs))
            }
            guard let method = arguments.string("method"), let url = arguments.string("url") else {
                throw MCPError.invalidParams("get_operation needs id, or both method and url")
            }
            guard method.allSatisfy({ $0.isASCII && $0.isLetter }), !method.isEmpty else {
                throw MCPError.invalidParams("'\(method)' is no HTTP method; give one such as GET or POST")
            }
            guard let request = OperationMatcher.Request(method: method, url: url) else {
                throw MCPError.invalidParams("'\(url.prefix(200))' is neither an absolute http or https URL nor a path starting with /")
            }
            switch OperationMatcher(operations: docs.spec.operations).match(request) {
            case .one(let operation):
                return try found(OperationAnswer(operation, docs: docs))
            case .several(let operations):
                let told = operations.map { "\($0.id)" + ($0.discriminator.map { " (\($0))" } ?? "") }
                return notFound(
                    "\(request.method) \(url) fits \(operations.count) operations; add the query value that tells them apart, "
                        + "or give the id: " + told.joined(separator: ", "))
            case .none(let samePath):
                guard samePath.isEmpty else {
                    let methods = samePath.compactMap { $0.method?.rawValue }
                    return notFound("no \(request.method) operation is documented on that path; it has \(Array(Set(methods)).sorted().joined(separator: ", "))")
                }
                return notFound("no operation is documented at \(request.method) \(url); list_operations lists them all")
            }
        })
}
