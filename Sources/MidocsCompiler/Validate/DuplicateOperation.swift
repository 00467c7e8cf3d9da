/// Finds operations with the same method, URL and discriminator. openapi.json merges them
/// into one operation with variants and spec.json keeps both, so no output is wrong: on one
/// page it is likely a slip or a scenario told twice (`duplicate-operation`), on two pages
/// how docs repeat themselves, a translation, a copy, a changelog's mention
/// (`repeated-operation`). Both are warnings.
struct DuplicateOperation {
    func check(_ spec: Spec) -> [Diagnostic] {
        var first: [Endpoint: Operation] = [:]
        var diagnostics: [Diagnostic] = []
        for operation in spec.operations {
            guard let method = operation.method, let url = operation.url else { continue }
            let key = Endpoint(method: method, url: url, discriminator: operation.discriminator)
            guard let earlier = first[key] else {
                first[key] = operation
                continue
            }
            if earlier.page != operation.page {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: .repeatedOperation,
                        message: "\(method.rawValue) \(url) is also documented as '\(earlier.title)' on page '\(earlier.page)'; "
                            + "openapi.json merges the two, so keep them saying the same, or link one to the other",
                        range: SourceRange(start: operation.location, length: 1),
                        notes: [Diagnostic.Note("'\(earlier.title)' is here", at: earlier.location)]))
                continue
            }
            diagnostics.append(
                Diagnostic(
                    .warning, code: .duplicateOperation,
                    message: "'\(operation.title)' and '\(earlier.title)' are both \(method.rawValue) \(url)"
                        + (operation.discriminator.map { " with \($0)" } ?? "")
                        + "; openapi.json merges them, so give them different fixed values for a parameter, or merge them",
                    range: SourceRange(start: operation.location, length: 1),
                    notes: [Diagnostic.Note("'\(earlier.title)' is here", at: earlier.location)]))
        }
        return diagnostics
    }

    private struct Endpoint: Hashable {
        var method: HTTPMethod
        var url: OperationURL
        var discriminator: Discriminator?
    }
}
