import Foundation
import OpenAPIKit

/// Everything one path item of openapi.json is made from, settled before any item is made:
/// the endpoints on the path with their operationIds and schema names (which must be unique
/// across the document, so they are given out in order), their security and tags, and the
/// hosts that serve the path. Items are then made independently, on all cores, and a
/// rebuild makes again only the items whose plan changed.
struct OpenAPIPathPlan: Hashable, Sendable {
    struct Endpoint: Hashable, Sendable {
        var endpoint: OpenAPIEndpoint
        var schemaNames: [Response.Outcome: String]
        var security: [OpenAPI.SecurityRequirement]?
        var tags: [String]
    }

    var path: String
    var hosts: [String]
    var endpoints: [Endpoint]

    /// The path item, and the body schemas its responses refer to.
    func make(errorCodes: [ErrorCode], errorCodeSchema: String?) -> (item: OpenAPI.PathItem, schemas: [(name: String, schema: JSONSchema)]) {
        var item = OpenAPI.PathItem(servers: Self.makeServers(hosts))
        var schemas: [(name: String, schema: JSONSchema)] = []
        for planned in endpoints {
            let endpoint = planned.endpoint
            let responses = EndpointResponses(
                endpoint: endpoint, errorCodes: errorCodes, errorCodeSchema: errorCodeSchema, schemaNames: planned.schemaNames)
            schemas += responses.schemas
            // Servers go on the path item; only a path served by two hosts needs them per operation.
            let operation = endpoint.makeOperation(
                responses: responses, security: planned.security, tags: planned.tags,
                servers: hosts.count > 1 ? Self.makeServers([endpoint.serverURL]) : nil)
            if let method = endpoint.openAPIMethod { item.set(operation: operation, for: method) }
        }
        return (item, schemas)
    }

    static func makeServers(_ hosts: [String]) -> [OpenAPI.Server] {
        hosts.compactMap { URL(string: $0).map { OpenAPI.Server(url: $0) } }
    }
}
