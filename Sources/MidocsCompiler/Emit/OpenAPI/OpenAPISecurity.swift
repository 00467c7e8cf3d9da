import OpenAPIKit

/// How a service guards its calls, as openapi.json's security schemes and each endpoint's
/// requirements; a profile brings it.
protocol OpenAPISecurity: Sendable {
    func makeSchemes() -> OrderedDictionary<String, OpenAPI.SecurityScheme>
    func requirements(for endpoint: OpenAPIEndpoint) -> [OpenAPI.SecurityRequirement]?
}

/// Docs read without a profile say nothing of how calls are guarded.
struct NoSecurity: OpenAPISecurity {
    func makeSchemes() -> OrderedDictionary<String, OpenAPI.SecurityScheme> { [:] }
    func requirements(for endpoint: OpenAPIEndpoint) -> [OpenAPI.SecurityRequirement]? { nil }
}
