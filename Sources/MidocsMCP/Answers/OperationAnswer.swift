import MCP
import MidocsCompiler

/// An operation as `get_operation` answers it: everything the docs say of the call, with
/// scopes and error codes by name, nested fields by their path (`data.miliaoNick`) and the
/// first example of each response; descriptions as plain text.
struct OperationAnswer: Codable, Sendable {
    struct NamedScope: Codable, Sendable {
        var id: Int
        var description: String?
    }

    struct ParameterAnswer: Codable, Sendable {
        var name: String
        var `in`: String
        var type: String
        /// Absent when the docs do not say.
        var required: Bool?
        var description: String
        var fixedValue: String?
    }

    struct FieldAnswer: Codable, Sendable {
        var name: String
        var type: String
        var required: Bool?
        var description: String
    }

    struct ExampleAnswer: Codable, Sendable {
        var language: String
        var text: String
    }

    struct ResponseAnswer: Codable, Sendable {
        var outcome: String
        var delivery: String
        var status: Int?
        var bodyPrefix: String?
        var fields: [FieldAnswer]
        var example: ExampleAnswer?
    }

    struct NamedErrorCode: Codable, Sendable {
        var code: Int
        var name: String?
        var description: String?
    }

    struct DiscriminatorAnswer: Codable, Sendable {
        var parameter: String
        var value: String
    }

    var id: String
    var title: String
    var summary: String
    var method: String?
    var url: String?
    var documentation: String
    var resource: String
    var scopes: [NamedScope]
    var rateLimit: String?
    var toldApartBy: DiscriminatorAnswer?
    var parameters: [ParameterAnswer]
    var requestExamples: [ExampleAnswer]
    var responses: [ResponseAnswer]
    var errorCodes: [NamedErrorCode]

    init(_ operation: Operation, docs: LoadedDocs) {
        id = operation.id
        title = operation.title
        summary = operation.summary.plain
        method = operation.method?.rawValue
        url = operation.url?.description
        documentation = docs.documentationURL(page: operation.page, anchor: operation.anchor)
        resource = docs.resourceURI(ofPage: operation.page)
        scopes = operation.scopes.map { NamedScope(id: $0.id, description: docs.scope($0.id)?.description.plain) }
        rateLimit = operation.rateLimit
        toldApartBy = operation.discriminator.map { DiscriminatorAnswer(parameter: $0.parameter, value: $0.value) }
        parameters = operation.parameters.map {
            ParameterAnswer(
                name: $0.name, in: $0.placement.rawValue, type: $0.type?.description ?? $0.typeName, required: $0.isRequired,
                description: $0.description.plain, fixedValue: $0.fixedValue)
        }
        requestExamples = (operation.requestExamples ?? []).map { ExampleAnswer(language: $0.language, text: $0.text) }
        responses = operation.responses.map { response in
            var fields: [FieldAnswer] = []
            func add(_ list: [Field], prefix: String) {
                for field in list {
                    fields.append(
                        FieldAnswer(
                            name: prefix + field.name, type: field.type?.description ?? field.typeName, required: field.isRequired,
                            description: field.description.plain))
                    add(field.fields, prefix: prefix + field.name + ".")
                }
            }
            add(response.fields, prefix: "")
            return ResponseAnswer(
                outcome: response.outcome.rawValue, delivery: response.delivery.rawValue, status: response.status,
                bodyPrefix: response.bodyPrefix, fields: fields,
                example: response.examples.first.map { ExampleAnswer(language: $0.language, text: $0.text) })
        }
        errorCodes = operation.errorCodes.map { code in
            let error = docs.errorCode(code)
            return NamedErrorCode(code: code, name: error?.name, description: error?.description.plain)
        }
    }

    static let schema: Value = {
        let example = JSONSchema.object(["language": JSONSchema.string, "text": JSONSchema.string], required: ["language", "text"])
        return JSONSchema.object(
            [
                "id": JSONSchema.string("stable id: the page slug and the heading id"),
                "title": JSONSchema.string,
                "summary": JSONSchema.string("the prose under the operation's heading"),
                "method": JSONSchema.string,
                "url": JSONSchema.string("the full URL, path parameters as {name}"),
                "documentation": JSONSchema.string("the operation's section on the site"),
                "resource": JSONSchema.string("the MCP resource of its page's Markdown twin"),
                "scopes": JSONSchema.array(
                    of: JSONSchema.object(["id": JSONSchema.integer, "description": JSONSchema.string], required: ["id"])),
                "rateLimit": JSONSchema.string,
                "toldApartBy": JSONSchema.object(
                    ["parameter": JSONSchema.string, "value": JSONSchema.string], required: ["parameter", "value"]),
                "parameters": JSONSchema.array(
                    of: JSONSchema.object(
                        [
                            "name": JSONSchema.string, "in": JSONSchema.string, "type": JSONSchema.string, "required": JSONSchema.boolean,
                            "description": JSONSchema.string, "fixedValue": JSONSchema.string,
                        ], required: ["name", "in", "type", "description"])),
                "requestExamples": JSONSchema.array(of: example),
                "responses": JSONSchema.array(
                    of: JSONSchema.object(
                        [
                            "outcome": JSONSchema.strings(["success", "failure"]), "delivery": JSONSchema.string,
                            "status": JSONSchema.integer, "bodyPrefix": JSONSchema.string,
                            "fields": JSONSchema.array(
                                of: JSONSchema.object(
                                    [
                                        "name": JSONSchema.string("nested fields by their path, such as data.miliaoNick"),
                                        "type": JSONSchema.string, "required": JSONSchema.boolean, "description": JSONSchema.string,
                                    ], required: ["name", "type", "description"])),
                            "example": example,
                        ], required: ["outcome", "delivery", "fields"])),
                "errorCodes": JSONSchema.array(
                    of: JSONSchema.object(
                        ["code": JSONSchema.integer, "name": JSONSchema.string, "description": JSONSchema.string], required: ["code"])),
            ],
            required: [
                "id", "title", "summary", "documentation", "resource", "scopes", "parameters", "requestExamples", "responses", "errorCodes",
            ])
    }()
}
