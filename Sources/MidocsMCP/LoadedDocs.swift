import Foundation
import MCP
import MidocsCompiler

/// The docs' operation; Foundation has an `Operation` of its own.
typealias Operation = MidocsCompiler.Operation

/// The docs as the server answers from them, made once per load of the content folder:
/// the model and its diagnostics, every page's Markdown twin and llms.txt as resources, the
/// search index, and the tools (the general ones, and those the docs' profile brings).
struct LoadedDocs: Sendable {
    /// Resources mirror the site's files: `midocs://site/open-api.html.md`.
    static let resourcePrefix = "midocs://site/"

    let spec: Spec
    let diagnostics: [Diagnostic]
    /// The content folder as the user named it, which diagnostics' paths start with.
    let contentPath: String
    let tools: [DocsTool]
    let resources: [Resource]
    let search: DocsSearch
    private let texts: [String: String]
    /// site.yml's base URL with its final slash; empty when the site has none.
    private let siteBase: String
    private let operationsByID: [String: Operation]
    private let scopesByID: [Int: Scope]
    private let errorsByCode: [Int: ErrorCode]
    private let operationsByScope: [Int: [Operation]]
    private let operationsByErrorCode: [Int: [Operation]]

    init(_ docs: AgentDocs, contentPath: String) {
        spec = docs.spec
        diagnostics = docs.diagnostics
        self.contentPath = contentPath
        let base = docs.configuration.baseURL.trimmingCharacters(in: .whitespaces)
        siteBase = base.isEmpty || base.hasSuffix("/") ? base : base + "/"
        tools = DocsTool.general + (docs.spec.profile == "mi-account" ? DocsTool.miAccount : [])
        var resources: [Resource] = []
        var texts: [String: String] = [:]
        for twin in docs.twins {
            let uri = Self.resourcePrefix + twin.path
            resources.append(
                Resource(
                    name: twin.path, uri: uri, title: twin.title, description: twin.description.isEmpty ? nil : twin.description,
                    mimeType: "text/markdown", size: twin.text.utf8.count))
            texts[uri] = twin.text
        }
        let index = Self.resourcePrefix + "llms.txt"
        resources.append(
            Resource(
                name: "llms.txt", uri: index, title: "llms.txt: the map of the docs",
                description: "Every page by navigation group, with the first sentence of each, as llmstxt.org lays it out",
                mimeType: "text/markdown", size: docs.llmsText.utf8.count))
        texts[index] = docs.llmsText
        self.resources = resources
        self.texts = texts
        operationsByID = Dictionary(docs.spec.operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        scopesByID = Dictionary(docs.spec.scopes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        errorsByCode = Dictionary(docs.spec.errorCodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var byScope: [Int: [Operation]] = [:]
        var byError: [Int: [Operation]] = [:]
        for operation in docs.spec.operations {
            for id in Set(operation.scopes.map(\.id)) { byScope[id, default: []].append(operation) }
            for code in Set(operation.errorCodes) { byError[code, default: []].append(operation) }
        }
        operationsByScope = byScope
        operationsByErrorCode = byError
        search = DocsSearch(docs, siteBase: siteBase, resourcePrefix: Self.resourcePrefix)
    }

    func text(ofResource uri: String) -> String? {
        texts[uri]
    }

    /// The site's address of a page, or of a heading on it: `https://dev.mi.com/docs/passport/open-api.html#get-the-user-profile`
    /// (relative to the site's top when site.yml has no base URL).
    func documentationURL(page slug: String, anchor: String? = nil) -> String {
        siteBase + slug + ".html" + (anchor.map { "#" + $0 } ?? "")
    }

    func resourceURI(ofPage slug: String) -> String {
        Self.resourcePrefix + MarkdownTwin.path(ofSlug: slug)
    }

    func operation(_ id: String) -> Operation? { operationsByID[id] }
    func scope(_ id: Int) -> Scope? { scopesByID[id] }
    func errorCode(_ code: Int) -> ErrorCode? { errorsByCode[code] }
    func operations(usingScope id: Int) -> [Operation] { operationsByScope[id] ?? [] }
    func operations(citing code: Int) -> [Operation] { operationsByErrorCode[code] ?? [] }

    /// `a, b, c and 9 more`: what there is, for a message that says something is not.
    static func listed(_ names: [String], limit: Int = 12) -> String {
        names.count <= limit ? names.joined(separator: ", ") : names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
    }
}
