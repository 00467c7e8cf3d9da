import MCP
import MidocsCompiler

/// A row of the error table as `get_error_code` answers it, with the operations that cite it.
struct ErrorCodeAnswer: Codable, Sendable {
    struct Citation: Codable, Sendable {
        var id: String
        var title: String
    }

    var code: Int
    var name: String
    var description: String
    var documentation: String
    var citedBy: [Citation]

    init(_ error: ErrorCode, docs: LoadedDocs) {
        code = error.code
        name = error.name
        description = error.description.plain
        // The row's anchor on the page of the table, as the site names it.
        documentation = docs.documentationURL(page: SourceFile(path: error.location.file, text: "").slug, anchor: "error-\(error.code)")
        citedBy = docs.operations(citing: error.code).map { Citation(id: $0.id, title: $0.title) }
    }

    static let schema: Value = JSONSchema.object(
        [
            "code": JSONSchema.integer, "name": JSONSchema.string("the constant's name, such as OA_INVALID_CODE"),
            "description": JSONSchema.string, "documentation": JSONSchema.string,
            "citedBy": JSONSchema.array(of: JSONSchema.object(["id": JSONSchema.string, "title": JSONSchema.string], required: ["id", "title"])),
        ], required: ["code", "name", "description", "documentation", "citedBy"])
}
