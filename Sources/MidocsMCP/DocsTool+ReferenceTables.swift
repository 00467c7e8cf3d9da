import Foundation
import MCP
import MidocsCompiler

extension DocsTool {
    static let getScope = DocsTool(
        name: "get_scope", title: "Get a scope",
        description: "A scope (a permission an app asks the user for) by its numeric id: what it grants, the APIs it opens, and the operations that need it.",
        input: ToolInput(arguments: [.init(name: "id", kind: .integer(minimum: Int(Int32.min), maximum: Int(Int32.max)), description: "The scope's id, such as 1")]),
        outputSchema: ScopeAnswer.schema,
        answer: { arguments, docs in
            let id = arguments.integer("id") ?? 0
            guard let scope = docs.scope(id) else {
                return notFound("no scope \(id) in the scope table; its scopes are \(LoadedDocs.listed(docs.spec.scopes.map { "\($0.id)" }, limit: 30))")
            }
            return try found(ScopeAnswer(scope, docs: docs))
        })

    static let getErrorCode = DocsTool(
        name: "get_error_code", title: "Get an error code",
        description: "An error code of the error table, by its number (96013) or its name (OA_INVALID_CODE): what it means and the operations that cite it.",
        input: ToolInput(arguments: [
            .init(name: "code", kind: .integerOrString(maximumLength: 200), description: "The code's number, such as 96013, or its name, such as OA_INVALID_CODE")
        ]),
        outputSchema: ErrorCodeAnswer.schema,
        answer: { arguments, docs in
            let asked = arguments.integer("code").map(String.init) ?? arguments.string("code") ?? ""
            let trimmed = asked.trimmingCharacters(in: .whitespaces)
            let error = Int(trimmed).flatMap(docs.errorCode) ?? docs.spec.errorCodes.first { $0.name.caseInsensitiveCompare(trimmed) == .orderedSame }
            guard let error else {
                let names = docs.spec.errorCodes.map(\.name)
                let suggestion = Int(trimmed) == nil ? Suggestion.closest(to: trimmed.uppercased(), among: names).map { "did you mean \($0)? " } ?? "" : ""
                return notFound(
                    "no error code '\(trimmed.prefix(200))' in the error table; \(suggestion)its codes are "
                        + LoadedDocs.listed(docs.spec.errorCodes.map { "\($0.code) \($0.name)" }, limit: 30))
            }
            return try found(ErrorCodeAnswer(error, docs: docs))
        })

    static let listDiagnostics = DocsTool(
        name: "list_diagnostics", title: "List what is wrong with the docs",
        description: """
            The findings of the docs compiler (`midocs check`) on the docs being served: errors (such as an \
            operation that names an unknown scope, or a worked example whose signature is wrong) and warnings, \
            each with its file, line and column. Where the docs have errors, the other tools' answers may be wrong there.
            """,
        input: ToolInput(),
        outputSchema: DiagnosticsAnswer.schema,
        answer: { _, docs in try found(DiagnosticsAnswer(docs)) })

    /// The tools every docs get.
    static var general: [DocsTool] { [searchDocs, listOperations, getOperation, getScope, getErrorCode, listDiagnostics] }
}
