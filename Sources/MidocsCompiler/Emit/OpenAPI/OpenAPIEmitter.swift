import Foundation
import OpenAPIKit

/// Writes `openapi.json`: the spec model as an OpenAPI 3.1 document, for tools that read
/// OpenAPI rather than `spec.json`. Operations that share a method and URL become one OpenAPI
/// operation, and `x-midocs-variants` keeps them apart.
struct OpenAPIEmitter {
    let spec: Spec
    /// Page titles by slug, looked up once per operation.
    private let pageTitles: [String: String]

    init(spec: Spec) {
        self.spec = spec
        self.pageTitles = Dictionary(spec.pages.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    /// Sorted keys and no dates: the same spec gives the same bytes.
    func emit() -> OutputFile {
        var data = Self.encodeInParts(makeParts())
        data.append(UInt8(ascii: "\n"))
        return OutputFile(path: "openapi.json", data: data)
    }

    /// OpenAPIKit's ordered dictionaries find an element's position by walking from the
    /// start, so encoding one with thousands of paths or schemas takes quadratic time. The
    /// document is therefore encoded without them, each path item and schema on its own,
    /// and the parts joined as JSON values.
    static func encodeInParts(_ parts: Parts) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func object<Value: Encodable>(_ value: Value) -> Any {
            // Every value built here encodes; a failure is a bug in this emitter.
            guard let data = try? encoder.encode(value),
                let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { preconditionFailure("the OpenAPI document does not encode") }
            return object
        }
        guard var root = object(parts.skeleton) as? [String: Any] else { preconditionFailure("the OpenAPI document is not an object") }
        var paths: [String: Any] = [:]
        for (path, item) in parts.pathItems { paths[path] = object(item) }
        root["paths"] = paths
        var schemas: [String: Any] = [:]
        for (name, schema) in parts.schemas { schemas[name] = object(schema) }
        if !schemas.isEmpty {
            var components = root["components"] as? [String: Any] ?? [:]
            components["schemas"] = schemas
            root["components"] = components
        }
        guard let data = try? JSONSerialization.data(
            withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { preconditionFailure("the OpenAPI document does not serialize") }
        return data
    }

    /// The document without its paths and schemas, and those two on their own.
    struct Parts {
        var skeleton: OpenAPI.Document
        var pathItems: [(path: String, item: OpenAPI.PathItem)]
        var schemas: [(name: String, schema: JSONSchema)]
    }

    func makeDocument() -> OpenAPI.Document {
        let parts = makeParts()
        var document = parts.skeleton
        for (path, item) in parts.pathItems { document.paths[OpenAPI.Path(rawValue: path)] = .b(item) }
        for (name, schema) in parts.schemas { document.components.schemas[OpenAPI.ComponentKey(stringLiteral: name)] = schema }
        return document
    }

    func makeParts() -> Parts {
        let endpoints = OpenAPIEndpoint.group(spec.operations)
        let security = OpenAPISecurity(spec: spec)
        let errorCodeSchema = spec.errorCodes.isEmpty ? nil : OAuthErrorCodeSchema.name
        var schemaNames: Set<String> = [OAuthErrorCodeSchema.name]
        var schemas: [(name: String, schema: JSONSchema)] = []
        if let errorCodeSchema { schemas.append((errorCodeSchema, OAuthErrorCodeSchema.make(spec.errorCodes))) }

        let hostsByPath = Dictionary(grouping: endpoints, by: \.url.path).mapValues { Set($0.map(\.serverURL)).sorted() }
        var pathItems: [String: OpenAPI.PathItem] = [:]
        for endpoint in endpoints {
            let responses = EndpointResponses(
                endpoint: endpoint, errorCodes: spec.errorCodes, errorCodeSchema: errorCodeSchema, schemaNames: &schemaNames)
            schemas += responses.schemas
            let hosts = hostsByPath[endpoint.url.path] ?? []
            // Servers go on the path item; only a path served by two hosts needs them per operation.
            let operation = endpoint.makeOperation(
                responses: responses, security: security.requirements(for: endpoint), tags: tags(of: endpoint),
                servers: hosts.count > 1 ? makeServers([endpoint.serverURL]) : nil)
            var item = pathItems[endpoint.url.path] ?? OpenAPI.PathItem(servers: makeServers(hosts))
            item.set(operation: operation, for: endpoint.openAPIMethod)
            pathItems[endpoint.url.path] = item
        }

        var components = OpenAPI.Components()
        for (name, scheme) in security.makeSchemes() {
            components.securitySchemes[OpenAPI.ComponentKey(stringLiteral: name)] = .b(scheme)
        }
        let skeleton = OpenAPI.Document(
            openAPIVersion: .v3_1_0, info: makeInfo(endpoints), servers: makeDocumentServers(endpoints), paths: [:],
            components: components, tags: makeTags(endpoints))
        return Parts(
            skeleton: skeleton,
            pathItems: pathItems.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            schemas: schemas.sorted { $0.name < $1.name })
    }

    private func makeInfo(_ endpoints: [OpenAPIEndpoint]) -> OpenAPI.Document.Info {
        let operationCount = endpoints.map(\.variants.count).reduce(0, +)
        let description = """
            \(spec.title), generated by midocs: \(operationCount) documented operations on \
            \(endpoints.count) endpoints. Where one URL serves several documented operations, \
            x-midocs-variants lists them.
            """
        // OpenAPI requires a version of the API; the docs carry none, so this is the version
        // of the description's shape, raised by hand if it ever changes incompatibly.
        return OpenAPI.Document.Info(title: spec.title, description: description, version: "1.0.0")
    }

    /// Both hosts, each saying which paths it serves.
    private func makeDocumentServers(_ endpoints: [OpenAPIEndpoint]) -> [OpenAPI.Server] {
        let pathsByHost = Dictionary(grouping: endpoints, by: \.serverURL).mapValues { Set($0.map(\.url.path)).sorted() }
        return pathsByHost.keys.sorted().compactMap { host in
            URL(string: host).map {
                OpenAPI.Server(url: $0, description: "Serves \((pathsByHost[host] ?? []).joined(separator: ", ")).")
            }
        }
    }

    private func makeServers(_ hosts: [String]) -> [OpenAPI.Server] {
        hosts.compactMap { URL(string: $0).map { OpenAPI.Server(url: $0) } }
    }

    /// The titles of the pages that document the endpoint's variants, as operation tags.
    private func tags(of endpoint: OpenAPIEndpoint) -> [String] {
        var tags: [String] = []
        for variant in endpoint.variants {
            let title = pageTitles[variant.page] ?? variant.page
            if !tags.contains(title) { tags.append(title) }
        }
        return tags
    }

    /// One tag per page with operations, in the docs' page order.
    private func makeTags(_ endpoints: [OpenAPIEndpoint]) -> [OpenAPI.Tag]? {
        let used = Set(endpoints.flatMap(tags(of:)))
        var names: [String] = []
        var named = Set<String>()
        for page in spec.pages where used.contains(page.title) && named.insert(page.title).inserted {
            names.append(page.title)
        }
        for name in used.sorted() where named.insert(name).inserted { names.append(name) }
        return names.isEmpty ? nil : names.map { OpenAPI.Tag(name: $0) }
    }
}
