import Foundation
import Logging
import MCP
import MidocsCompiler

/// `midocs mcp`: an MCP server that answers from the docs as the compiler checked them.
/// Tools look things up in the model (and, with the Mi Account profile, run the service's
/// rules); every page's Markdown twin and llms.txt are resources. The docs are swapped
/// whole when they are loaded again, and the client is told when its lists changed.
public actor DocsServer {
    /// Resources listed per `resources/list` answer; the rest follow by cursor.
    static let resourcesPerPage = 500

    private var docs: LoadedDocs
    private let server: Server
    private var isInitialized = false

    public init(_ docs: AgentDocs, contentPath: String, version: String) {
        let loaded = LoadedDocs(docs, contentPath: contentPath)
        self.docs = loaded
        server = Server(
            name: "midocs", version: version, title: "\(docs.spec.title) (midocs)", instructions: Self.instructions(loaded),
            capabilities: .init(resources: .init(subscribe: false, listChanged: true), tools: .init(listChanged: true)),
            configuration: .strict)
    }

    /// Serves over two file descriptors, one JSON-RPC message per line (MCP's stdio
    /// transport), until the input ends; the SDK's logs go to standard error.
    public func run(input: Int32, output: Int32) async throws {
        var logger = Logger(label: "midocs.mcp") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        try await run(on: LineTransport(input: input, output: output, logger: logger))
    }

    /// Serves over `transport` until the client closes it.
    func run(on transport: any Transport) async throws {
        await registerHandlers()
        try await server.start(transport: transport) { [weak self] _, _ in await self?.initialized() }
        await server.waitUntilCompleted()
    }

    /// Serves `docs` from now on; tells the client when the tools or the resources changed.
    public func reload(_ docs: AgentDocs, contentPath: String) async {
        let old = self.docs
        let new = LoadedDocs(docs, contentPath: contentPath)
        self.docs = new
        guard isInitialized else { return }
        if old.tools.map(\.name) != new.tools.map(\.name) {
            try? await server.notify(ToolListChangedNotification.message())
        }
        if old.resources != new.resources {
            try? await server.notify(ResourceListChangedNotification.message())
        }
    }

    private func initialized() {
        isInitialized = true
    }

    private func current() -> LoadedDocs {
        docs
    }

    private func registerHandlers() async {
        await server.withMethodHandler(ToolListing.self) { [weak self] _ in
            guard let docs = await self?.current() else { throw MCPError.internalError("the server is gone") }
            return ListTools.Result(tools: docs.tools.map(\.definition))
        }
        await server.withMethodHandler(ToolCall.self) { [weak self] parameters in
            guard let docs = await self?.current() else { throw MCPError.internalError("the server is gone") }
            return try Self.call(parameters, docs: docs)
        }
        await server.withMethodHandler(ResourceListing.self) { [weak self] parameters in
            guard let docs = await self?.current() else { throw MCPError.internalError("the server is gone") }
            return try Self.listResources(parameters, docs: docs)
        }
        await server.withMethodHandler(ResourceReading.self) { [weak self] parameters in
            guard let docs = await self?.current() else { throw MCPError.internalError("the server is gone") }
            return try Self.readResource(parameters, docs: docs)
        }
        await server.withMethodHandler(ListResourceTemplates.self) { _ in ListResourceTemplates.Result(templates: []) }
    }

    // MARK: Methods

    private static func call(_ parameters: Value, docs: LoadedDocs) throws -> CallTool.Result {
        guard case .object(let object) = parameters else { throw MCPError.invalidParams("tools/call needs params: an object with the tool's name") }
        guard let name = object["name"]?.stringValue else { throw MCPError.invalidParams("tools/call needs \"name\", a string: the tool to call") }
        guard let tool = docs.tools.first(where: { $0.name == name }) else {
            let shown = name.count > 80 ? name.prefix(80) + "…" : name
            throw MCPError.invalidParams("unknown tool '\(shown)'; the tools are " + docs.tools.map(\.name).joined(separator: ", "))
        }
        let arguments: [String: Value]?
        switch object["arguments"] {
        case nil, .null?: arguments = nil
        case .object(let values)?: arguments = values
        default: throw MCPError.invalidParams("the arguments of \(name) must be an object")
        }
        return try tool.answer(tool.input.read(arguments, tool: name), docs)
    }

    private static func listResources(_ parameters: Value, docs: LoadedDocs) throws -> ListResources.Result {
        var start = 0
        if case .object(let object) = parameters, let cursor = object["cursor"], !cursor.isNull {
            guard let text = cursor.stringValue, let offset = Int(text), (0...docs.resources.count).contains(offset) else {
                throw MCPError.invalidParams("the cursor is not one this server gave")
            }
            start = offset
        }
        let end = min(start + resourcesPerPage, docs.resources.count)
        return ListResources.Result(resources: Array(docs.resources[start..<end]), nextCursor: end < docs.resources.count ? "\(end)" : nil)
    }

    private static func readResource(_ parameters: Value, docs: LoadedDocs) throws -> ReadResource.Result {
        guard case .object(let object) = parameters, let uri = object["uri"]?.stringValue else {
            throw MCPError.invalidParams("resources/read needs \"uri\", a string")
        }
        guard let text = docs.text(ofResource: uri) else {
            let shown = uri.count > 200 ? uri.prefix(200) + "…" : uri
            // -32002 is MCP's "resource not found".
            throw MCPError.serverError(code: -32002, message: "no resource '\(shown)'; resources/list lists them")
        }
        return ReadResource.Result(contents: [.text(text, uri: uri, mimeType: "text/markdown")])
    }

    private static func instructions(_ docs: LoadedDocs) -> String {
        var text = """
            Answers from "\(docs.spec.title)" as the midocs docs compiler read and checked it: exact operation, \
            parameter, scope and error-code names, not guesses. Start with search_docs or list_operations; \
            get_operation gives one call's method, URL, scopes, parameters, responses and error codes. Every page \
            is a Markdown resource (\(LoadedDocs.resourcePrefix)llms.txt lists them). list_diagnostics says what \
            the compiler found wrong with the docs.
            """
        if docs.tools.contains(where: { $0.name == DocsTool.signRequest.name }) {
            text += " sign_request computes an Open API call's MAC Authorization header, and check_redirect_uri applies "
            text += "the redirect-URI rule, with the service's own code that checks the docs' worked examples."
        }
        return text
    }
}
