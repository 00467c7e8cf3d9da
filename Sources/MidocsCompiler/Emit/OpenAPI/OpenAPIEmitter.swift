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

    /// The encoded path items and their schemas of the last document written, by path, with
    /// the plan each was made from.
    struct Cache: Sendable {
        struct Encoded: Sendable {
            var plan: OpenAPIPathPlan
            var item: [UInt8]
            var schemas: [(name: String, bytes: [UInt8])]
        }

        /// What every item depends on besides its plan.
        var errorCodes: [ErrorCode]?
        var paths: [String: Encoded] = [:]
    }

    /// Path items whose plans equal `earlier`'s are neither made nor encoded again; the
    /// cache is filled only when `keeping`.
    func emit(reusing earlier: Cache, keeping: Bool = true) -> (file: OutputFile, cache: Cache) {
        var (bytes, cache) = Self.encode(makePlan(), reusing: earlier, keeping: keeping)
        bytes.append(UInt8(ascii: "\n"))
        return (OutputFile(path: "openapi.json", contents: bytes), cache)
    }

    /// The document without its paths and schemas, and the plans of its path items.
    struct Plan {
        var skeleton: OpenAPI.Document
        var paths: [OpenAPIPathPlan]
        var errorCodes: [ErrorCode]
        var errorCodeSchema: String?
    }

    /// The whole document as OpenAPIKit values, for tests and tools that want to look inside.
    func makeDocument() -> OpenAPI.Document {
        let plan = makePlan()
        var document = plan.skeleton
        var schemas = plan.errorCodeSchema.map { [($0, OAuthErrorCodeSchema.make(plan.errorCodes))] } ?? []
        for path in plan.paths {
            let (item, itemSchemas) = path.make(errorCodes: plan.errorCodes, errorCodeSchema: plan.errorCodeSchema)
            document.paths[OpenAPI.Path(rawValue: path.path)] = .b(item)
            schemas += itemSchemas
        }
        for (name, schema) in schemas.sorted(by: { $0.0 < $1.0 }) {
            document.components.schemas[OpenAPI.ComponentKey(stringLiteral: name)] = schema
        }
        return document
    }

    /// Groups operations into endpoints and endpoints into paths, giving out operationIds and
    /// schema names in order; nothing is made yet.
    func makePlan() -> Plan {
        let endpoints = OpenAPIEndpoint.group(spec.operations)
        let security = spec.profile.flatMap(Profile.named)?.makeSecurity?(spec) ?? NoSecurity()
        var schemaNames: Set<String> = [OAuthErrorCodeSchema.name]
        var paths: [String: OpenAPIPathPlan] = [:]
        for endpoint in endpoints {
            let planned = OpenAPIPathPlan.Endpoint(
                endpoint: endpoint, schemaNames: EndpointResponses.schemaNames(of: endpoint, used: &schemaNames),
                security: security.requirements(for: endpoint), tags: tags(of: endpoint))
            paths[endpoint.url.path, default: OpenAPIPathPlan(path: endpoint.url.path, hosts: [], endpoints: [])].endpoints.append(planned)
        }
        for (path, plan) in paths {
            paths[path]?.hosts = Set(plan.endpoints.map(\.endpoint.serverURL)).sorted()
        }

        var components = OpenAPI.Components()
        for (name, scheme) in security.makeSchemes() {
            components.securitySchemes[OpenAPI.ComponentKey(stringLiteral: name)] = .b(scheme)
        }
        let skeleton = OpenAPI.Document(
            openAPIVersion: .v3_1_0, info: makeInfo(endpoints), servers: makeDocumentServers(endpoints), paths: [:],
            components: components, tags: makeTags(endpoints))
        return Plan(
            skeleton: skeleton, paths: paths.values.sorted { $0.path < $1.path }, errorCodes: spec.errorCodes,
            errorCodeSchema: spec.errorCodes.isEmpty ? nil : OAuthErrorCodeSchema.name)
    }

    /// OpenAPIKit's ordered dictionaries find an element's position by walking from the
    /// start, so encoding one with thousands of paths or schemas takes quadratic time. The
    /// document is therefore encoded with a one-entry stand-in for each of the two, each path
    /// item (with its schemas) is made and encoded on its own, on all cores, and the
    /// stand-ins are replaced by the parts, laid out as the encoder lays out the whole.
    static func encode(_ plan: Plan, reusing earlier: Cache = Cache(), keeping: Bool = true) -> (ByteChunks, Cache) {
        var skeleton = plan.skeleton
        skeleton.paths = [OpenAPI.Path(rawValue: "/"): .b(OpenAPI.PathItem())]
        skeleton.components.schemas = [OpenAPI.ComponentKey(stringLiteral: "stand-in"): .string]
        let json = encoded(skeleton, depth: 0)
        var cache = Cache()
        cache.errorCodes = plan.errorCodes
        let reusable = earlier.errorCodes == plan.errorCodes ? earlier.paths : [:]
        var items: [(name: String, bytes: [UInt8])] = []
        var schemas: [(name: String, bytes: [UInt8])] =
            plan.errorCodeSchema.map { [($0, encoded(OAuthErrorCodeSchema.make(plan.errorCodes), depth: 3))] } ?? []
        // A window at a time, so that only one window's OpenAPIKit values exist at once.
        for (_, window) in plan.paths.windows(of: 512) {
            let made = window.parallelMap { path -> Cache.Encoded in
                if let cached = reusable[path.path], cached.plan == path { return cached }
                let (item, itemSchemas) = path.make(errorCodes: plan.errorCodes, errorCodeSchema: plan.errorCodeSchema)
                return Cache.Encoded(
                    plan: path, item: encoded(item, depth: 2), schemas: itemSchemas.map { ($0.name, encoded($0.schema, depth: 3)) })
            }
            for encodedPath in made {
                items.append((encodedPath.plan.path, encodedPath.item))
                schemas += encodedPath.schemas
                if keeping { cache.paths[encodedPath.plan.path] = encodedPath }
            }
        }
        schemas.sort { JSONByteWriter.precedes($0.name, $1.name, orEquals: false) }

        let pathsRange = memberRange(ofKey: "paths", depth: 1, in: json)
        let schemasRange = memberRange(ofKey: "schemas", depth: 2, in: json)
        // In the document, "components" (and so "schemas") comes before "paths".
        precondition(schemasRange.upperBound <= pathsRange.lowerBound, "the OpenAPI document's members are not in the expected order")
        var bytes = ByteChunks()
        bytes += json[..<schemasRange.lowerBound]
        JSONLayout.appendObject(schemas, depth: 2, to: &bytes)
        bytes += json[schemasRange.upperBound..<pathsRange.lowerBound]
        JSONLayout.appendObject(items, depth: 1, to: &bytes)
        bytes += json[pathsRange.upperBound...]
        return (bytes, cache)
    }

    private static func encoded<Value: Encodable>(_ value: Value, depth: Int) -> [UInt8] {
        // Every value built here encodes; a failure is a bug in this emitter.
        guard let bytes = try? SortedJSONEncoder.encode(value, depth: depth) else {
            preconditionFailure("the OpenAPI document does not encode")
        }
        return bytes
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
        let documented = pathsByHost.keys.sorted().compactMap { host in
            URL(string: host).map {
                OpenAPI.Server(url: $0, description: "Serves \((pathsByHost[host] ?? []).joined(separator: ", ")).")
            }
        }
        // site.yml's other servers (a sandbox, a staging host) serve the same paths.
        let configured = spec.servers.dropFirst().filter { pathsByHost[$0] == nil }.compactMap { server in
            URL(string: server).map { OpenAPI.Server(url: $0, description: "Also listed in site.yml servers.") }
        }
        return documented + configured
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
