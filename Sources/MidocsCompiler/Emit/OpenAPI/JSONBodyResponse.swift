import OpenAPIKit

/// What an endpoint answers with a JSON body for one outcome, as one OpenAPI response: the
/// variants' fields merged into one schema, every variant's examples, and the body prefix.
struct JSONBodyResponse {
    let endpoint: OpenAPIEndpoint
    let outcome: Response.Outcome
    let members: [(variant: Operation, response: Response)]
    let errorCodes: [ErrorCode]

    /// The status the docs give when they give one; else `200` for success, and `default` for
    /// failures, which come with several statuses the docs do not list.
    var statusCode: OpenAPI.Response.StatusCode {
        let statuses = Set(members.compactMap(\.response.status))
        if statuses.count == 1, let status = statuses.first { return .status(code: status) }
        return outcome == .success ? .status(code: 200) : .default
    }

    /// The body as an object schema; a failure's `error` or `code` refers to `errorCodeSchema`.
    func makeSchema(errorCodeSchema: String?) -> JSONSchema {
        let fields = VariantMerger(endpoint: endpoint).mergeFields(members.map { ($0.variant, $0.response.fields) })
        return Field.makeObjectSchema(
            fields, errorCodeSchema: outcome == .failure ? errorCodeSchema : nil,
            description: "The JSON body of \(labels) on \(outcome.rawValue).")
    }

    func makeResponse(schemaName: String) -> OpenAPI.Response {
        var sentences = ["\(outcome == .success ? "Success" : "Failure") of \(labels): a JSON body."]
        var extensions: [String: AnyCodable] = [:]
        let prefixes = Set(members.compactMap(\.response.bodyPrefix)).sorted()
        if !prefixes.isEmpty {
            let written = prefixes.map { "`\($0)`" }.joined(separator: " or ")
            sentences.append(
                "The body is not plain JSON: the service writes \(written) before the JSON object, and a client "
                    + "removes it before parsing (x-midocs-body-prefix).")
            extensions["x-midocs-body-prefix"] = AnyCodable(prefixes.count == 1 ? prefixes[0] : prefixes.joined(separator: " "))
        }
        let cited = Set(members.flatMap(\.variant.errorCodes))
        let citedCodes = errorCodes.filter { cited.contains($0.code) }.sorted { $0.code < $1.code }
        if outcome == .failure, !citedCodes.isEmpty {
            sentences.append("The docs cite " + citedCodes.map { "\($0.code) (\($0.name))" }.joined(separator: ", ") + ".")
        }
        let content = OpenAPI.Content(
            schemaReference: .component(named: schemaName), examples: makeExamples(), vendorExtensions: extensions)
        return OpenAPI.Response(description: sentences.joined(separator: " "), content: [.json: .b(content)])
    }

    /// Each variant's JSON examples, without the body prefix, named after the variant:
    /// `exchangeTheCodeForAnAccessToken`, `refreshAnAccessToken`.
    private func makeExamples() -> OpenAPI.Example.Map? {
        var examples: OpenAPI.Example.Map = [:]
        var used = Set<String>()
        for (variant, response) in members {
            for example in response.examples {
                guard let value = example.makeJSONValue(removingPrefix: response.bodyPrefix) else { continue }
                let key = OpenAPINaming.unique(OpenAPINaming.lowerCamel(variant.anchor), in: &used)
                examples[key] = .b(OpenAPI.Example(summary: variant.title, legacyValue: .b(value)))
            }
        }
        return examples.isEmpty ? nil : examples
    }

    /// "Get the user profile"; "Exchange the code ... (grant_type=authorization_code) and Refresh ...".
    private var labels: String {
        var labels: [String] = []
        for (variant, _) in members where !labels.contains(endpoint.label(of: variant)) {
            labels.append(endpoint.label(of: variant))
        }
        return labels.joined(separator: " and ")
    }
}
