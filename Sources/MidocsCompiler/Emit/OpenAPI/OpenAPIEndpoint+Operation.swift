import OpenAPIKit

extension OpenAPIEndpoint {
    /// One documented operation of an endpoint with several, as `x-midocs-variants` lists it:
    /// `{"id": "refresh-access-token.refresh-an-access-token", "title": "Refresh an access token",
    /// "discriminator": {"parameter": "grant_type", "value": "refresh_token"}, "parameters": [...]}`.
    struct VariantEntry: Encodable, Sendable {
        let id: String
        let title: String
        let discriminator: Discriminator?
        let parameters: [String]
    }

    /// The endpoint as one OpenAPI operation. With several variants, the discriminator allows
    /// each variant's value, the parameters are merged, and the description covers each variant.
    func makeOperation(
        responses: EndpointResponses, security: [OpenAPI.SecurityRequirement]?, tags: [String], servers: [OpenAPI.Server]?
    ) -> OpenAPI.Operation {
        let parameters = VariantMerger(endpoint: self).mergeParameters()
        // Fragment and callback parameters travel back to the app; they are not part of the request.
        // A path parameter the URL shows only as an example value (`/depots/north`) has no
        // `{name}` to fill in OpenAPI: spec.json keeps it, openapi.json cannot.
        let template = Set(url.pathParameters)
        let inRequest = parameters.filter {
            [.query, .header, .cookie].contains($0.placement) || $0.placement == .path && template.contains($0.name)
        }
        let inForm = parameters.filter { $0.placement == .form }
        let inBody = parameters.filter { $0.placement == .body }
        var extensions = responses.vendorExtensions
        if isMerged {
            extensions["x-midocs-variants"] = AnyCodable(
                variants.map {
                    VariantEntry(id: $0.id, title: $0.title, discriminator: $0.discriminator, parameters: $0.parameters.map(\.name))
                })
        } else {
            extensions["x-midocs-id"] = AnyCodable(variants[0].id)
        }
        return OpenAPI.Operation(
            tags: tags.isEmpty ? nil : tags, summary: variants.map(\.title).joined(separator: " / "),
            description: makeDescription(), operationId: operationID,
            parameters: inRequest.map { .b(makeParameter($0)) },
            requestBody: inBody.isEmpty ? (inForm.isEmpty ? nil : makeFormBody(inForm)) : makeJSONBody(inBody + inForm),
            responses: responses.responses, callbacks: responses.callbacks, security: security, servers: servers,
            vendorExtensions: extensions)
    }

    /// Nil for a method OpenAPI cannot express (WebDAV's).
    var openAPIMethod: OpenAPI.HttpMethod? {
        switch method {
        case .get: return .get
        case .post: return .post
        case .put: return .put
        case .delete: return .delete
        case .patch: return .patch
        case .head: return .head
        case .options: return .options
        case .propfind, .proppatch, .report, .mkcol: return nil
        }
    }

    /// The operation's prose with its rate limit; for several variants, one paragraph each.
    private func makeDescription() -> String {
        func describe(_ variant: Operation) -> String {
            var text = variant.summary.plain
            if let rateLimit = variant.rateLimit { text += (text.isEmpty ? "" : " ") + "Rate limit: \(rateLimit)." }
            return text
        }
        guard isMerged else { return describe(variants[0]) }
        let lead = "One URL for \(variants.count) documented operations"
            + (discriminatorParameter.map { ", told apart by \($0)" } ?? "") + " (see x-midocs-variants)."
        return ([lead] + variants.map { "\(label(of: $0)): \(describe($0))" }).joined(separator: "\n\n")
    }

    private func makeParameter(_ parameter: Parameter) -> OpenAPI.Parameter {
        let schema = makeSchema(parameter)
        let context: OpenAPI.Parameter.Context
        switch parameter.placement {
        case .header: context = .header(required: parameter.isDeclaredRequired, schema: schema)
        case .path: context = .path(schema: schema)
        case .cookie: context = .cookie(required: parameter.isDeclaredRequired, schema: schema)
        default: context = .query(required: parameter.isDeclaredRequired, schema: schema)
        }
        return OpenAPI.Parameter(name: parameter.name, context: context, description: parameter.description.plain)
    }

    /// Form parameters are one `application/x-www-form-urlencoded` object.
    private func makeFormBody(_ parameters: [Parameter]) -> OpenAPI.Request {
        var properties: OrderedDictionary<String, JSONSchema> = [:]
        for parameter in parameters.sorted(by: { $0.name < $1.name }) {
            properties[parameter.name] = makeSchema(parameter, asProperty: true)
        }
        return OpenAPI.Request(
            content: [.form: .b(OpenAPI.Content(schema: .object(properties: properties)))],
            required: parameters.contains(where: \.isDeclaredRequired))
    }

    /// Body parameters are one `application/json` object; `address.city` is `city` inside
    /// the object `address`.
    private func makeJSONBody(_ parameters: [Parameter]) -> OpenAPI.Request {
        OpenAPI.Request(
            content: [.json: .b(OpenAPI.Content(schema: makeObject(parameters, prefix: "")))],
            required: parameters.contains(where: \.isDeclaredRequired))
    }

    /// The object of the parameters named under `prefix`, nested by their dots.
    private func makeObject(_ parameters: [Parameter], prefix: String, required: Bool = true, description: String? = nil) -> JSONSchema {
        var properties: OrderedDictionary<String, JSONSchema> = [:]
        let here = parameters.filter { $0.name.hasPrefix(prefix) && !$0.name.dropFirst(prefix.count).isEmpty }
        var children: [String] = []
        for parameter in here {
            let rest = String(parameter.name.dropFirst(prefix.count))
            let key = String(rest.split(separator: ".", maxSplits: 1)[0])
            if !children.contains(key) { children.append(key) }
        }
        for key in children.sorted() {
            let own = here.first { $0.name == prefix + key }
            let nested = here.contains { $0.name.hasPrefix(prefix + key + ".") }
            if nested {
                properties[key] = makeObject(
                    parameters, prefix: prefix + key + ".", required: own?.isDeclaredRequired ?? false,
                    description: own?.description.plain)
            } else if let own {
                properties[key] = makeSchema(own, asProperty: true)
            }
        }
        return .object(required: required, description: description, properties: properties)
    }

    /// The discriminator allows each variant's value: `response_type` is `code` or `token`. A
    /// value one operation fixes is its only value; OpenAPIKit writes a one-value `enum` as
    /// `const`, as OpenAPI 3.1 intends. As a form property the schema carries the parameter's
    /// required flag and description; as a parameter's schema it leaves both to the parameter.
    private func makeSchema(_ parameter: Parameter, asProperty: Bool = false) -> JSONSchema {
        let values = parameter.name == discriminatorParameter ? discriminatorValues : parameter.fixedValue.map { [$0] }
        let required = asProperty ? parameter.isDeclaredRequired : true
        let description = asProperty ? parameter.description.plain : nil
        guard let type = parameter.type else {
            // A type midocs does not know: query, header and form values are text on the wire.
            return .string(required: required, description: description, allowedValues: values?.map { AnyCodable($0) })
        }
        return type.makeJSONSchema(required: required, description: description, allowedValues: values?.map(type.makeValue))
    }
}
