import MCP
import MidocsCompiler

/// A row of the scope table as `get_scope` answers it, with the operations that need it.
struct ScopeAnswer: Codable, Sendable {
    struct API: Codable, Sendable {
        var name: String
        /// True for a path such as `/user/profile`, false for a service such as `Mi Cloud`.
        var isPath: Bool
    }

    struct User: Codable, Sendable {
        var id: String
        var title: String
        var method: String?
        var url: String?
    }

    var id: Int
    var description: String
    var apis: [API]
    var documentation: String
    var operations: [User]

    init(_ scope: Scope, docs: LoadedDocs) {
        id = scope.id
        description = scope.description.plain
        apis = scope.apis.map { API(name: $0.name, isPath: $0.isPath) }
        // The row's anchor on the page of the table, as the site names it.
        documentation = docs.documentationURL(page: SourceFile(path: scope.location.file, text: "").slug, anchor: "scope-\(scope.id)")
        operations = docs.operations(usingScope: scope.id).map {
            User(id: $0.id, title: $0.title, method: $0.method?.rawValue, url: $0.url?.description)
        }
    }

    static let schema: Value = JSONSchema.object(
        [
            "id": JSONSchema.integer, "description": JSONSchema.string("what the scope grants access to"),
            "apis": JSONSchema.array(of: JSONSchema.object(["name": JSONSchema.string, "isPath": JSONSchema.boolean], required: ["name", "isPath"])),
            "documentation": JSONSchema.string,
            "operations": JSONSchema.array(
                of: JSONSchema.object(
                    ["id": JSONSchema.string, "title": JSONSchema.string, "method": JSONSchema.string, "url": JSONSchema.string],
                    required: ["id", "title"])),
        ], required: ["id", "description", "apis", "documentation", "operations"])
}
