import OpenAPIKit

/// What an endpoint answers by redirecting the browser, as one `302`: its `Location` header
/// names, for each variant and outcome, the query or fragment parameters the URL carries.
struct RedirectResponse {
    let endpoint: OpenAPIEndpoint
    let members: [(variant: Operation, response: Response)]

    func makeResponse() -> OpenAPI.Response {
        let lines = members.map(line).joined(separator: "\n")
        let location = OpenAPI.Header(
            schemaOrContent: .a(.header(.string(format: .uri), examples: makeExamples())),
            description: "Where the browser goes next, with the result in the URL:\n\n\(lines)",
            required: true)
        return OpenAPI.Response(
            description: "The service redirects the browser (HTTP 302); the Location URL carries the result:\n\n\(lines)",
            headers: ["Location": .b(location)],
            vendorExtensions: ["x-midocs-redirects": AnyCodable(members.map(ResultEntry.init))])
    }

    /// "- On success of Get an authorization code (response_type=code): query parameters code,
    ///   state (optional)."
    private func line(_ member: (variant: Operation, response: Response)) -> String {
        let part = member.response.delivery == .redirectWithFragment ? "fragment" : "query"
        let fields = member.response.fields
        let carried = fields.isEmpty ? "no parameters" : "\(part) parameters \(ResultEntry.names(of: fields))"
        return "- On \(member.response.outcome.rawValue) of \(endpoint.label(of: member.variant)): \(carried)."
    }

    /// The redirect URLs the docs show, named after variant and outcome: `getAnAuthorizationCodeSuccess`.
    private func makeExamples() -> OpenAPI.Example.Map? {
        var examples: OpenAPI.Example.Map = [:]
        var used = Set<String>()
        for (variant, response) in members {
            for example in response.examples where !example.trimmedText.isEmpty {
                let name = OpenAPINaming.lowerCamel("\(variant.anchor) \(response.outcome.rawValue)")
                let summary = "\(variant.title), \(response.outcome.rawValue)"
                examples[OpenAPINaming.unique(name, in: &used)] = .b(
                    OpenAPI.Example(summary: summary, legacyValue: .b(AnyCodable(example.trimmedText))))
            }
        }
        return examples.isEmpty ? nil : examples
    }
}
