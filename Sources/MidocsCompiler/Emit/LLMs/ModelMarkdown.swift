/// Markdown for the parts of a twin written from the model rather than as written, the
/// twin's counterpart of `ModelHTML`: an operation's facts (method and full URL, scopes with
/// their names, rate limit, error codes with their names), its parameter and field tables,
/// its response headings, and the scope and error tables with what uses each row.
struct ModelMarkdown: Sendable {
    let spec: Spec
    private let scopesByID: [Int: Scope]
    private let errorsByCode: [Int: ErrorCode]
    private let operationsByScope: [Int: [Operation]]
    private let operationsByErrorCode: [Int: [Operation]]

    init(spec: Spec) {
        self.spec = spec
        scopesByID = Dictionary(spec.scopes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        errorsByCode = Dictionary(spec.errorCodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        (operationsByScope, operationsByErrorCode) = spec.operationsCiting
    }

    /// The scopes and error codes an operation names, for what a twin depends on.
    func cited(by operations: [Operation]) -> (scopes: [Scope], errorCodes: [ErrorCode]) {
        let scopes = Set(operations.flatMap { $0.scopes.map(\.id) }).sorted().compactMap { scopesByID[$0] }
        let codes = Set(operations.flatMap(\.errorCodes)).sorted().compactMap { errorsByCode[$0] }
        return (scopes, codes)
    }

    // MARK: Operations

    /// What follows the operation's heading:
    ///
    ///     `GET https://open.account.xiaomi.com/user/profile`
    ///
    ///     - Scopes: 1 (The user's profile)
    ///     - Error codes: 96008 `OA_INVALID_TOKEN` (The access token is wrong or has expired.)
    func facts(_ operation: Operation, _ inline: (String) -> String) -> String {
        var lines: [String] = []
        if let method = operation.method, let url = operation.url {
            lines.append(MarkdownWriter.codeSpan("\(method.rawValue) \(url)"))
            lines.append("")
        }
        let scopes = operation.scopes.map { reference in
            scopesByID[reference.id].map { "\($0.id) (\(inline($0.description.markdown)))" } ?? "\(reference.id)"
        }
        lines.append("- Scopes: " + (scopes.isEmpty ? "none" : scopes.joined(separator: ", ")))
        if let rateLimit = operation.rateLimit {
            lines.append("- Rate limit: " + MarkdownWriter.escaped(rateLimit))
        }
        if let discriminator = operation.discriminator {
            lines.append("- Told apart by: " + MarkdownWriter.codeSpan(discriminator.description) + " (other operations share this method and URL)")
        }
        if !operation.errorCodes.isEmpty {
            lines.append("- Error codes:")
            for code in operation.errorCodes {
                guard let error = errorsByCode[code] else {
                    lines.append("  - \(code)")
                    continue
                }
                lines.append("  - \(code) \(MarkdownWriter.codeSpan(error.name)): \(inline(error.description.markdown))")
            }
        }
        return lines.joined(separator: "\n")
    }

    func parameterTable(_ operation: Operation, _ inline: (String) -> String) -> String {
        var lines = ["| Name | In | Type | Required | Description |", "| --- | --- | --- | --- | --- |"]
        for parameter in operation.parameters {
            var description = inline(parameter.description.markdown)
            if let fixed = parameter.fixedValue, !parameter.description.markdown.contains("`\(fixed)`") {
                description += (description.isEmpty ? "" : " ") + "Fixed value: " + MarkdownWriter.codeSpan(fixed) + "."
            }
            let cells = [
                MarkdownWriter.codeSpan(parameter.name), parameter.placement.rawValue, type(parameter.type, written: parameter.typeName),
                required(parameter.isRequired), description,
            ]
            lines.append(row(cells))
        }
        return lines.joined(separator: "\n")
    }

    /// `### Success: JSON body (HTTP 200)`, and a word on a body prefix.
    func responseHeading(_ response: Response, level: Int) -> String {
        var heading = String(repeating: "#", count: level) + " " + (response.outcome == .success ? "Success" : "Failure")
        heading += ": " + response.delivery.rawValue + (response.status.map { " (HTTP \($0))" } ?? "")
        guard let prefix = response.bodyPrefix else { return heading }
        return heading + "\n\nThe body is not plain JSON: it starts with " + MarkdownWriter.codeSpan(prefix)
            + ". Remove that prefix, then parse the rest as JSON."
    }

    /// Nested fields by their path: `data.miliaoNick`.
    func fieldTable(_ response: Response, _ inline: (String) -> String) -> String {
        var lines = ["| Field | Type | Required | Description |", "| --- | --- | --- | --- |"]
        func rows(_ fields: [Field], prefix: String) {
            for field in fields {
                lines.append(
                    row([
                        MarkdownWriter.codeSpan(prefix + field.name), type(field.type, written: field.typeName), required(field.isRequired),
                        inline(field.description.markdown),
                    ]))
                rows(field.fields, prefix: prefix + field.name + ".")
            }
        }
        rows(response.fields, prefix: "")
        return lines.joined(separator: "\n")
    }

    /// An example as the docs show it, in its fence.
    func example(_ example: Example) -> String {
        MarkdownWriter.fencedCode(example.text, info: example.language)
    }

    // MARK: Reference tables

    func scopeTable(_ inline: (String) -> String, address: SiteAddress) -> String {
        var lines = ["| Scope | Grants access to | API | Used by |", "| --- | --- | --- | --- |"]
        for scope in spec.scopes {
            let apis = scope.apis.map { $0.isPath ? MarkdownWriter.codeSpan($0.name) : MarkdownWriter.escaped($0.name) }
            lines.append(
                row([
                    "\(scope.id)", inline(scope.description.markdown), apis.joined(separator: ", "),
                    links(operationsByScope[scope.id] ?? [], address: address),
                ]))
        }
        return lines.joined(separator: "\n")
    }

    func errorTable(_ inline: (String) -> String, address: SiteAddress) -> String {
        var lines = ["| Code | Name | Description | Cited by |", "| --- | --- | --- | --- |"]
        for error in spec.errorCodes {
            lines.append(
                row([
                    "\(error.code)", MarkdownWriter.codeSpan(error.name), inline(error.description.markdown),
                    links(operationsByErrorCode[error.code] ?? [], address: address),
                ]))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Pieces

    private func links(_ operations: [Operation], address: SiteAddress) -> String {
        guard !operations.isEmpty else { return "none" }
        return operations.map {
            "[" + MarkdownWriter.escaped($0.title) + "](" + MarkdownWriter.destination(address.url("\($0.page).html#\($0.anchor)")) + ")"
        }.joined(separator: ", ")
    }

    private func row(_ cells: [String]) -> String {
        "| " + cells.map(MarkdownWriter.tableCell).joined(separator: " | ") + " |"
    }

    private func type(_ type: ValueType?, written: String) -> String {
        MarkdownWriter.escaped(type?.description ?? written)
    }

    /// Empty when the docs do not say.
    private func required(_ isRequired: Bool?) -> String {
        switch isRequired {
        case true?: "yes"
        case false?: "no"
        case nil: ""
        }
    }
}
