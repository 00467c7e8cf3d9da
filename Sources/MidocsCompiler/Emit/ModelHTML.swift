/// HTML for the parts of a page that are rendered from the model rather than as written:
/// an operation's card, its parameter and field tables, its response headings, and the
/// scope and error tables with their anchors and backlinks.
struct ModelHTML: Sendable {
    let spec: Spec
    // Built once per site, so that rendering a page never searches every operation.
    private let operationsByID: [String: Operation]
    private let operationsByScope: [Int: [Operation]]
    private let operationsByErrorCode: [Int: [Operation]]
    private let tryIt: TryItMaker
    /// The last release that changed each operation, by id (site.yml `releases`).
    private let changedIn: [String: String]
    /// Where each scope and error row lives, for links from operation cards.
    struct Links: Hashable, Sendable {
        var scopePages: [Int: String]
        var errorPages: [Int: String]
    }

    /// What the scope and error tables show besides their own rows' text.
    struct Tables: Hashable, Sendable {
        struct User: Hashable, Sendable {
            var page: String
            var anchor: String
            var title: String
            var scopes: Set<Int>
            var errorCodes: [Int]
        }
        var scopes: [Scope]
        var errorCodes: [ErrorCode]
        var users: [User]
    }

    let links: Links
    /// From the page being rendered back to the top of the site, for links to other pages.
    var root = ""
    private var scopePages: [Int: String] { links.scopePages }
    private var errorPages: [Int: String] { links.errorPages }

    init(spec: Spec, changedIn: [String: String] = [:]) {
        self.spec = spec
        self.changedIn = changedIn
        operationsByID = Dictionary(spec.operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        (operationsByScope, operationsByErrorCode) = spec.operationsCiting
        tryIt = TryItMaker(spec: spec)
        links = Links(
            scopePages: Dictionary(spec.scopes.map { ($0.id, SourceFile.slug(ofPath: $0.location.file)) }, uniquingKeysWith: { first, _ in first }),
            errorPages: Dictionary(spec.errorCodes.map { ($0.code, SourceFile.slug(ofPath: $0.location.file)) }, uniquingKeysWith: { first, _ in first }))
    }

    /// What a reference table depends on; made once per build, and only if a page has one.
    func makeTables() -> Tables {
        Tables(
            scopes: spec.scopes, errorCodes: spec.errorCodes,
            users: spec.operations.map {
                Tables.User(page: $0.page, anchor: $0.anchor, title: $0.title, scopes: Set($0.scopes.map(\.id)), errorCodes: $0.errorCodes)
            })
    }

    /// The Swift of a card's "Try it" part, which depends on more than its operation: the
    /// generated names depend on every operation and scope.
    func swiftSnippet(for operationID: String) -> String? {
        tryIt.swiftSnippets[operationID]
    }

    /// The anchor of a scope row, `scope-4`, on the page that holds the scope table.
    static func scopeAnchor(_ id: Int) -> String { "scope-\(id)" }
    static func errorAnchor(_ code: Int) -> String { "error-\(code)" }

    /// `renderInline` renders a description's Markdown inline, with links rewritten for the
    /// page at hand.
    func html(
        for role: BlockRole, headingID: String?, headingNode: MarkdownNode, renderInline: (String) -> String
    ) -> MarkdownHTMLRenderer.BlockOverride? {
        switch role {
        case .hidden:
            return .replace(with: "")
        case .operationHeading(let id):
            return operationsByID[id].map { .append(card($0)) }
        case .parameterTable(let id):
            return operationsByID[id].map { .replace(with: parameterTable($0, renderInline)) }
        case .responseHeading(let id, let index):
            guard let operation = operationsByID[id], index < operation.responses.count else { return nil }
            return .replace(with: responseHeading(operation.responses[index], node: headingNode, id: headingID))
        case .fieldTable(let id, let index):
            guard let operation = operationsByID[id], index < operation.responses.count else { return nil }
            return .replace(with: fieldTable(operation.responses[index], of: operation, renderInline))
        case .scopeTable:
            return .replace(with: scopeTable(renderInline))
        case .errorTable:
            return .replace(with: errorTable(renderInline))
        }
    }

    // MARK: Operations

    private func card(_ operation: Operation) -> String {
        var html = ""
        if let method = operation.method, let url = operation.url {
            let text = HTMLEscaping.escape(url.description)
            html += "<div class=\"endpoint\"><span class=\"method method-\(method.rawValue.lowercased())\">\(method.rawValue)</span> "
            html += "<code class=\"endpoint-url\">\(text)</code> "
            html += "<button type=\"button\" class=\"copy-button\" data-copy=\"\(text)\" hidden>Copy</button></div>\n"
        }
        html += "<dl class=\"operation-facts\">"
        html += "<dt>Scopes</dt><dd>"
        html += operation.scopes.isEmpty ? "None" : operation.scopes.map { scopeLink($0.id) }.joined(separator: ", ")
        html += "</dd>"
        if let rateLimit = operation.rateLimit {
            html += "<dt>Rate limit</dt><dd>\(HTMLEscaping.escape(rateLimit))</dd>"
        }
        if let discriminator = operation.discriminator {
            html += "<dt>Told apart by</dt><dd><code>\(HTMLEscaping.escape(discriminator.description))</code></dd>"
        }
        if !operation.errorCodes.isEmpty {
            html += "<dt>Errors cited</dt><dd>" + operation.errorCodes.map(errorLink).joined(separator: ", ") + "</dd>"
        }
        if let version = changedIn[operation.id] {
            let anchor = ReleaseNotes.anchor(version)
            html += "<dt>Changed in</dt><dd><a class=\"changed-in\" href=\"\(root)\(ReleaseNotes.slug).html#\(anchor)\">"
            html += "\(HTMLEscaping.escape(version))</a></dd>"
        }
        return html + "</dl>\n" + (tryIt.makeTryIt(operation)?.html ?? "")
    }

    private func parameterTable(_ operation: Operation, _ renderInline: (String) -> String) -> String {
        var html = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Parameters of \(HTMLEscaping.escape(operation.title))\"><table class=\"parameters\">\n<thead>\n<tr>"
        html += ["Name", "In", "Type", "Required", "Description"].map { "<th scope=\"col\">\($0)</th>" }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        for parameter in operation.parameters {
            html += "<tr><td><code>\(HTMLEscaping.escape(parameter.name))</code></td>"
            html += "<td>\(parameter.placement.rawValue)</td>"
            html += "<td>\(typeCell(parameter.type, written: parameter.typeName))</td>"
            html += "<td>\(requiredCell(parameter.isRequired))</td>"
            html += "<td>\(renderInline(parameter.description.markdown))"
            if let fixed = parameter.fixedValue {
                html += " <span class=\"fixed\">Fixed value: <code>\(HTMLEscaping.escape(fixed))</code></span>"
            }
            html += "</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    private func responseHeading(_ response: Response, node: MarkdownNode, id: String?) -> String {
        let level = node.headingLevel ?? 3
        let outcome = response.outcome == .success ? "Success" : "Failure"
        let idAttribute = id.map { " id=\"\(HTMLEscaping.escape($0))\"" } ?? ""
        var html = "<h\(level)\(idAttribute)><span class=\"outcome outcome-\(response.outcome.rawValue)\">\(outcome)</span> "
        html += HTMLEscaping.escape(response.delivery.rawValue)
        if let id {
            html += " <a class=\"permalink\" href=\"#\(HTMLEscaping.escape(id))\" aria-label=\"Permalink to this heading\">#</a>"
        }
        html += "</h\(level)>\n"
        if let prefix = response.bodyPrefix {
            html += "<p class=\"body-prefix\">The body is not plain JSON: it starts with <code>\(HTMLEscaping.escape(prefix))</code>. "
            html += "Remove that prefix, then parse the rest as JSON.</p>\n"
        }
        return html
    }

    private func fieldTable(_ response: Response, of operation: Operation, _ renderInline: (String) -> String) -> String {
        let label = HTMLEscaping.escape("Fields of the \(response.outcome.rawValue) answer to \(operation.title)")
        var html = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(label)\"><table class=\"fields\">\n<thead>\n<tr>"
        html += ["Field", "Type", "Required", "Description"].map { "<th scope=\"col\">\($0)</th>" }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        func rows(_ fields: [Field], prefix: String) {
            for field in fields {
                html += prefix.isEmpty ? "<tr>" : "<tr class=\"nested\">"
                html += "<td><code>\(HTMLEscaping.escape(prefix + field.name))</code></td>"
                html += "<td>\(typeCell(field.type, written: field.typeName))</td>"
                html += "<td>\(requiredCell(field.isRequired))</td>"
                html += "<td>\(renderInline(field.description.markdown))</td></tr>\n"
                rows(field.fields, prefix: prefix + field.name + ".")
            }
        }
        rows(response.fields, prefix: "")
        return html + "</tbody>\n</table></div>\n"
    }

    // MARK: Reference tables

    private func scopeTable(_ renderInline: (String) -> String) -> String {
        var html = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Scopes\"><table class=\"scopes\">\n<thead>\n<tr>"
        html += ["Scope", "Grants access to", "API", "Used by"].map { "<th scope=\"col\">\($0)</th>" }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        for scope in spec.scopes {
            let anchor = Self.scopeAnchor(scope.id)
            let users = operationsByScope[scope.id] ?? []
            html += "<tr id=\"\(anchor)\"><td><a href=\"#\(anchor)\">\(scope.id)</a></td>"
            html += "<td>\(renderInline(scope.description.markdown))</td>"
            html += "<td>" + scope.apis.map { $0.isPath ? "<code>\(HTMLEscaping.escape($0.name))</code>" : HTMLEscaping.escape($0.name) }
                .joined(separator: ", ") + "</td>"
            html += "<td>\(operationLinks(users))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    private func errorTable(_ renderInline: (String) -> String) -> String {
        var html = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Error codes\"><table class=\"errors\">\n<thead>\n<tr>"
        html += ["Code", "Name", "Description", "Cited by"].map { "<th scope=\"col\">\($0)</th>" }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        for error in spec.errorCodes {
            let anchor = Self.errorAnchor(error.code)
            let citing = operationsByErrorCode[error.code] ?? []
            html += "<tr id=\"\(anchor)\"><td><a href=\"#\(anchor)\">\(error.code)</a></td>"
            html += "<td><code>\(HTMLEscaping.escape(error.name))</code></td>"
            html += "<td>\(renderInline(error.description.markdown))</td>"
            html += "<td>\(operationLinks(citing))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    // MARK: Pieces

    private func operationLinks(_ operations: [Operation]) -> String {
        guard !operations.isEmpty else { return "<span class=\"none\">None</span>" }
        return operations.map {
            "<a href=\"\(root)\(HTMLEscaping.escape($0.page)).html#\(HTMLEscaping.escape($0.anchor))\">\(HTMLEscaping.escape($0.title))</a>"
        }.joined(separator: "<br>")
    }

    private func scopeLink(_ id: Int) -> String {
        guard let slug = scopePages[id] else { return "\(id)" }
        return "<a class=\"scope-link\" href=\"\(root)\(HTMLEscaping.escape(slug)).html#\(Self.scopeAnchor(id))\">\(id)</a>"
    }

    private func errorLink(_ code: Int) -> String {
        guard let slug = errorPages[code] else { return "\(code)" }
        return "<a class=\"error-link\" href=\"\(root)\(HTMLEscaping.escape(slug)).html#\(Self.errorAnchor(code))\">\(code)</a>"
    }

    private func typeCell(_ type: ValueType?, written: String) -> String {
        let text = type?.description ?? written
        return text.isEmpty ? "" : "<code>\(HTMLEscaping.escape(text))</code>"
    }

    /// Empty when the docs do not say.
    private func requiredCell(_ isRequired: Bool?) -> String {
        switch isRequired {
        case true?: "<span class=\"required\">required</span>"
        case false?: "<span class=\"optional\">optional</span>"
        case nil: ""
        }
    }
}
