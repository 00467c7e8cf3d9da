import MCP
import MidocsCompiler

/// One line of `list_operations`: enough to pick the operation and ask `get_operation`.
struct OperationSummary: Codable, Sendable {
    var id: String
    var title: String
    var method: String?
    var url: String?
    var scopes: [Int]
    /// `grant_type=refresh_token` where another operation shares the method and URL.
    var toldApartBy: String?
    var documentation: String

    init(_ operation: Operation, docs: LoadedDocs) {
        id = operation.id
        title = operation.title
        method = operation.method?.rawValue
        url = operation.url?.description
        scopes = operation.scopes.map(\.id)
        toldApartBy = operation.discriminator?.description
        documentation = docs.documentationURL(page: operation.page, anchor: operation.anchor)
    }

    static let schema: Value = JSONSchema.object(
        [
            "id": JSONSchema.string, "title": JSONSchema.string, "method": JSONSchema.string, "url": JSONSchema.string,
            "scopes": JSONSchema.array(of: JSONSchema.integer),
            "toldApartBy": JSONSchema.string("parameter=value that tells it from another operation on the same method and URL"),
            "documentation": JSONSchema.string,
        ], required: ["id", "title", "scopes", "documentation"])
}
