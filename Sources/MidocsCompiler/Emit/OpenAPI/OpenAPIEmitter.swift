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
        emit(reusing: Cache(), keeping: false).file
    }

    /// The encoded path items and schemas of the last document written.
    struct Cache: Sendable {
        var pathItems = EncodedParts<OpenAPI.PathItem>()
        var schemas = EncodedParts<JSONSchema>()
    }

    /// Path items and schemas equal to `earlier`'s are not encoded again; the cache is
    /// filled only when `keeping`.
    func emit(reusing earlier: Cache, keeping: Bool = true) -> (file: OutputFile, cache: Cache) {
        var (bytes, cache) = Self.encodeInParts(makeParts(), reusing: earlier, keeping: keeping)
        bytes.append(UInt8(ascii: "\n"))
        return (OutputFile(path: "openapi.json", data: Data(bytes)), cache)
    }

    /// OpenAPIKit's ordered dictionaries find an element's position by walking from the
    /// start, so encoding one with thousands of paths or schemas takes quadratic time. The
    /// document is therefore encoded with a one-entry stand-in for each of the two, each path
    /// item and schema is encoded on its own, and the stand-ins are replaced by the joined
    /// parts, laid out as the encoder lays out the whole.
    static func encodeInParts(_ parts: Parts, reusing earlier: Cache = Cache(), keeping: Bool = true) -> ([UInt8], Cache) {
        var skeleton = parts.skeleton
        skeleton.paths = [OpenAPI.Path(rawValue: "/"): .b(OpenAPI.PathItem())]
        skeleton.components.schemas = [OpenAPI.ComponentKey(stringLiteral: "stand-in"): .string]
        // Every value built here encodes; a failure is a bug in this emitter.
        guard let json = try? SortedJSONEncoder.encode(skeleton) else { preconditionFailure("the OpenAPI document does not encode") }
        var cache = Cache()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.count)
        let paths = memberRange(ofKey: "paths", depth: 1, in: json)
        let schemas = memberRange(ofKey: "schemas", depth: 2, in: json)
        // In the document, "components" (and so "schemas") comes before "paths".
        precondition(schemas.upperBound <= paths.lowerBound, "the OpenAPI document's members are not in the expected order")
        bytes += json[..<schemas.lowerBound]
        cache.schemas = EncodedParts.append(
            parts.schemas.map { ($0.name, $0.schema) }, asMembers: true, depth: 2, to: &bytes,
            reusing: earlier.schemas, keeping: keeping)
        bytes += json[schemas.upperBound..<paths.lowerBound]
        cache.pathItems = EncodedParts.append(
            parts.pathItems.map { ($0.path, $0.item) }, asMembers: true, depth: 1, to: &bytes,
            reusing: earlier.pathItems, keeping: keeping)
        bytes += json[paths.upperBound...]
        return (bytes, cache)
    }

    /// Where the object under `"key" : {` stands in `json`, `depth` levels deep: from its
    /// opening brace to just after its closing one.
    private static func memberRange(ofKey key: String, depth: Int, in json: [UInt8]) -> Range<Int> {
        let padding = String(repeating: "  ", count: depth)
        guard let start = json.firstRange(of: Array("\n\(padding)\"\(key)\" : {".utf8)),
            let end = json[start.upperBound...].firstRange(of: Array("\n\(padding)}".utf8))
        else { preconditionFailure("the OpenAPI document has no '\(key)' to fill in") }
        return (start.upperBound - 1)..<end.upperBound
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
