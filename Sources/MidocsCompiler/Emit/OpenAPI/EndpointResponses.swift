import OpenAPIKit

/// What an endpoint answers, in OpenAPI terms: a success JSON body is `200` and a failure one
/// `default`, each with its schema in components; redirects are one `302` whose `Location`
/// carries the result; a result sent to the app's callback URL is a callbacks entry.
struct EndpointResponses {
    private(set) var responses: OpenAPI.Response.Map = [:]
    /// The body schemas, by the names the responses refer to: `GetTheUserProfileResponse`.
    private(set) var schemas: [(name: String, schema: JSONSchema)] = []
    private(set) var callbacks: OpenAPI.CallbacksMap = [:]
    /// `x-midocs-callback`, when a callback has no URL parameter to point at.
    private(set) var vendorExtensions: [String: AnyCodable] = [:]

    /// The names of the endpoint's body schemas, by outcome, for the outcomes it answers with
    /// a JSON body. Names start from the operation's title (`GetTheUserProfile`) or, for an
    /// endpoint with several variants, its operationId (`Token`); `used` keeps them unique
    /// across the document, so endpoints are named one after another, in order.
    static func schemaNames(of endpoint: OpenAPIEndpoint, used: inout Set<String>) -> [Response.Outcome: String] {
        let baseName = OpenAPINaming.upperCamel(endpoint.isMerged ? endpoint.operationID : endpoint.variants[0].title)
        var names: [Response.Outcome: String] = [:]
        for outcome in [Response.Outcome.success, .failure] {
            guard !endpoint.responses(where: { $0.outcome == outcome && $0.delivery == .jsonBody }).isEmpty else { continue }
            let suffix = outcome == .success ? "Response" : "ErrorResponse"
            names[outcome] = OpenAPINaming.unique(baseName + suffix, in: &used)
        }
        return names
    }

    /// `schemaNames` is what `schemaNames(of:used:)` gave for this endpoint.
    init(endpoint: OpenAPIEndpoint, errorCodes: [ErrorCode], errorCodeSchema: String?, schemaNames: [Response.Outcome: String]) {
        for outcome in [Response.Outcome.success, .failure] {
            let members = endpoint.responses { $0.outcome == outcome && $0.delivery == .jsonBody }
            guard !members.isEmpty, let name = schemaNames[outcome] else { continue }
            let body = JSONBodyResponse(endpoint: endpoint, outcome: outcome, members: members, errorCodes: errorCodes)
            schemas.append((name, body.makeSchema(errorCodeSchema: errorCodeSchema)))
            responses[status: body.statusCode] = .b(body.makeResponse(schemaName: name))
        }

        let redirects = endpoint.responses { $0.delivery == .redirectWithQuery || $0.delivery == .redirectWithFragment }
        if !redirects.isEmpty {
            responses[status: .status(code: 302)] = .b(RedirectResponse(endpoint: endpoint, members: redirects).makeResponse())
            // RFC 6749 section 4.1.2.1: with a client or redirect URI that is missing or not
            // registered, the server must not redirect, so it answers the browser itself.
            let takesRedirectURI = endpoint.variants.contains { $0.parameters.contains { $0.name == "redirect_uri" } }
            if takesRedirectURI, responses[status: .default] == nil {
                responses[status: .range(.clientError)] = .b(
                    OpenAPI.Response(
                        description:
                            "The browser is not redirected when client_id or redirect_uri is missing, unknown or not registered: "
                            + "the service answers it directly, as RFC 6749 (section 4.1.2.1) requires."))
            }
        }

        let calls = endpoint.responses { $0.delivery == .callback }
        if !calls.isEmpty {
            let callback = CallbackRequest(endpoint: endpoint, members: calls)
            if let map = callback.makeCallbacks() {
                callbacks = map
            } else {
                vendorExtensions["x-midocs-callback"] = callback.makeExtension()
            }
            let answersAtOnce = responses.keys.contains { $0.isSuccess || $0 == .status(code: 302) }
            if !answersAtOnce {
                responses[status: .range(.success)] = .b(callback.makePendingResponse())
            }
        }

        if responses.isEmpty {
            responses[status: .default] = .b(OpenAPI.Response(description: "The docs describe no response."))
        }
    }
}
