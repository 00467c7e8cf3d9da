/// The Swift file of one operation: its request type, and a type for each documented
/// response (a JSON body, a redirect's query or fragment, or a callback).
struct SwiftOperationEmitter {
    let operation: Operation
    let typeName: String
    let scopeNames: [Int: String]
    let rules: SwiftClientRules

    func makeFile() -> SwiftDeclaration.File {
        var declarations = [makeRequest()]
        var usedNames = Set<String>()
        for response in operation.responses {
            var name = typeName + responseSuffix(response)
            var counter = 2
            while usedNames.contains(name) {
                name = typeName + responseSuffix(response) + String(counter)
                counter += 1
            }
            usedNames.insert(name)
            declarations.append(makeResponse(response, name: name))
        }
        return SwiftDeclaration.File(name: typeName, imports: [], declarations: declarations)
    }

    /// `Endpoint(id: ..., method: "GET", url: "https://...", scopes: [.profile], discriminator: nil)`.
    static func endpointExpression(_ operation: Operation, scopeNames: [Int: String]) -> SwiftExpression {
        .call(
            "Endpoint",
            [
                ("id", .string(operation.id)),
                ("title", .string(operation.title)),
                ("method", .string(operation.method?.rawValue ?? "")),
                ("url", .string(operation.url?.description ?? "")),
                ("scopes", .array(operation.scopes.compactMap { scopeNames[$0.id].map { .member(nil, $0) } })),
                (
                    "discriminator",
                    operation.discriminator.map {
                        .call("Discriminator", [("parameter", .string($0.parameter)), ("value", .string($0.value))])
                    } ?? .nil
                ),
            ])
    }

    // MARK: Request

    /// The parameters a request sends; a callback's or a fragment's are not the caller's.
    var sentParameters: [Parameter] {
        operation.parameters.filter { [.query, .header, .form, .path, .body].contains($0.placement) }
    }

    /// The parameters the request's initializer takes, in its order; fixed ones are always sent.
    var settableParameters: [Parameter] {
        sentParameters.filter { $0.fixedValue == nil }
    }

    private func makeRequest() -> SwiftDeclaration {
        let sent = sentParameters
        let fixed = sent.filter { $0.fixedValue != nil }
        let settable = settableParameters
        let names = uniqueNames(sent.map(\.name))

        var members: [SwiftDeclaration] = [
            .property(
                name: "method", type: nil, isStatic: true, isLet: true, value: .string(operation.method?.rawValue ?? "GET"),
                documentation: ["The HTTP method."]),
            .property(
                name: "endpoint", type: nil, isStatic: true, isLet: true, value: .string(operation.url?.description ?? ""),
                documentation: ["The URL the request goes to, without its query."]),
            .property(
                name: "scopes", type: "[Scope]", isStatic: true, isLet: true,
                value: .array(operation.scopes.compactMap { scopeNames[$0.id].map { .member(nil, $0) } }),
                documentation: ["The scopes the user must have granted."]),
        ]
        members += fixed.map { parameter in
            .property(
                name: names[parameter.name]!, type: nil, isStatic: true, isLet: true, value: .string(parameter.fixedValue!),
                documentation: SwiftDocumentation.lines(parameter.description.plain) + ["", "Always sent as `\(parameter.name)=\(parameter.fixedValue!)`."])
        }
        members += settable.map { parameter in
            .property(
                name: names[parameter.name]!, type: swiftType(parameter), isStatic: false, isLet: false, value: nil,
                documentation: SwiftDocumentation.lines(parameter.description.plain))
        }
        members.append(
            .initializer(
                parameters: settable.map { parameter in
                    SwiftDeclaration.Parameter(
                        names[parameter.name]!, swiftType(parameter), defaultValue: parameter.isDeclaredRequired ? nil : .nil)
                },
                throwing: nil,
                body: settable.map { .assignment(.member(.identifier("self"), names[$0.name]!), .identifier(names[$0.name]!)) },
                documentation: []))
        members += jsonResponseAliases()
        for placement in [Parameter.Placement.query, .header, .form, .path, .body] {
            let parameters = sent.filter { $0.placement == placement }
            guard !parameters.isEmpty else { continue }
            members.append(parameterList(placement, parameters, fixed: Set(fixed.map(\.name)), names: names))
        }
        return .struct(
            name: typeName + "Request", conformances: [isJSONOperation ? "JSONOperationRequest" : "OperationRequest", "Hashable"],
            documentation: requestDocumentation(), members: members)
    }

    /// `typealias Success = ...Response` and `Failure`, when both answers are JSON bodies,
    /// so a client can decode the answer to the request by its type alone.
    private func jsonResponseAliases() -> [SwiftDeclaration] {
        let success = operation.responses.first { $0.outcome == .success }
        let failure = operation.responses.first { $0.outcome == .failure }
        guard success?.delivery == .jsonBody, failure?.delivery == .jsonBody else { return [] }
        return [
            .typeAlias(name: "Success", type: typeName + "Response", documentation: ["What a successful call returns."]),
            .typeAlias(name: "Failure", type: typeName + "Failure", documentation: ["What a failed call returns."]),
        ]
    }

    /// JSON operations can be sent by a client; the others are URLs for the browser.
    var isJSONOperation: Bool { !jsonResponseAliases().isEmpty }

    private func requestDocumentation() -> [String] {
        var lines = ["\(operation.title): `\(operation.method?.rawValue ?? "") \(operation.url?.description ?? "")`."]
        let summary = SwiftDocumentation.lines(operation.summary.plain)
        if !summary.isEmpty { lines += [""] + summary }
        if let discriminator = operation.discriminator {
            lines += ["", "Told apart from the other operations on this URL by `\(discriminator)`."]
        }
        if let rateLimit = operation.rateLimit { lines += ["", "Rate limit: \(rateLimit)."] }
        return lines
    }

    /// `public var queryParameters: QueryParameters { var parameters = ...; ...; return parameters }`.
    private func parameterList(
        _ placement: Parameter.Placement, _ parameters: [Parameter], fixed: Set<String>, names: [String: String]
    ) -> SwiftDeclaration {
        let property = [
            "query": "queryParameters", "header": "headerParameters", "form": "formParameters", "path": "pathParameters",
            "body": "bodyParameters",
        ][placement.rawValue]!
        let type = placement == .body ? "JSONBody" : "QueryParameters"
        var body: [SwiftStatement] = [.declaration(isMutable: true, name: "parameters", value: .call(type, []))]
        for parameter in parameters {
            let name = names[parameter.name]!
            let value: SwiftExpression = fixed.contains(parameter.name) ? .member(.identifier("Self"), name) : .identifier(name)
            body.append(.expression(.call(.member(.identifier("parameters"), "add"), [.init(nil, .string(parameter.name)), .init(nil, value)])))
        }
        body.append(.return(.identifier("parameters")))
        return .computedProperty(
            name: property, type: type, isStatic: false, body: body,
            documentation: ["The \(placement.rawValue) parameters, in the order of the docs."])
    }

    func swiftType(_ parameter: Parameter) -> String {
        let base = rules.parameterType(parameter) ?? scalarType(parameter.type)
        return parameter.isDeclaredRequired ? base : base + "?"
    }

    // MARK: Responses

    private func responseSuffix(_ response: Response) -> String {
        switch (response.outcome, response.delivery) {
        case (.success, .callback): return "Callback"
        case (.success, _): return "Response"
        case (.failure, _): return "Failure"
        }
    }

    private func makeResponse(_ response: Response, name: String) -> SwiftDeclaration {
        let isJSON = response.delivery == .jsonBody
        var conformances = isJSON ? ["JSONBodyResponse", "Hashable"] : ["RedirectResult", "Hashable"]
        var members: [SwiftDeclaration] = []
        if let prefix = response.bodyPrefix, isJSON {
            members.append(
                .property(
                    name: "bodyPrefix", type: "String?", isStatic: true, isLet: true, value: .string(prefix),
                    documentation: ["Text the service puts before the JSON; it is removed before decoding."]))
        }
        if !isJSON {
            let delivery = response.delivery == .redirectWithFragment ? "fragment" : "query"
            members.append(
                .property(
                    name: "delivery", type: "RedirectDelivery", isStatic: true, isLet: true, value: .member(nil, delivery),
                    documentation: ["Where the values arrive: the redirect URL's \(delivery)."]))
        }
        // A failure's code may be a number or an RFC 6749 name, whatever the docs' type says.
        let codeField = response.outcome == .failure ? FailureFields.code(in: response.fields)?.name : nil
        members += isJSON ? jsonMembers(response.fields, codeField: codeField) : redirectMembers(response.fields, codeField: codeField)
        if response.outcome == .failure {
            conformances.append("FailureAnswer")
            members += failureMembers(response.fields)
        } else if let tokenSet = tokenSetFunction(response.fields) {
            conformances.append("TokenAnswer")
            members.append(tokenSet)
        }
        let outcome = response.outcome == .success ? "success" : "failure"
        let how = ["redirect with query": "in the query of the redirect", "redirect with fragment": "in the fragment of the redirect",
                   "JSON body": "as a JSON body", "callback": "in the query of a callback to your URL"][response.delivery.rawValue]!
        return .struct(
            name: name, conformances: conformances,
            documentation: ["The \(outcome) answer to `\(typeName)Request`, delivered \(how)."],
            members: members)
    }

    /// `failureCode` and `failureDescription`, read from the fields that hold them.
    private func failureMembers(_ fields: [Field]) -> [SwiftDeclaration] {
        let names = uniqueNames(fields.map(\.name))
        var code = SwiftExpression.nil
        if let field = FailureFields.code(in: fields) {
            let value = SwiftExpression.identifier(names[field.name]!)
            code = .member(field.isDeclaredRequired ? value : .optionalChain(value), "description")
        }
        var description = SwiftExpression.string("")
        if let field = FailureFields.description(in: fields) {
            var value = SwiftExpression.identifier(names[field.name]!)
            if field.type != .string { value = .call("String", [("describing", value)]) }
            description = field.isDeclaredRequired || field.type != .string ? value : .nilCoalescing(value, .string(""))
        }
        return [
            .computedProperty(
                name: "failureCode", type: "String?", isStatic: false, body: [.return(code)],
                documentation: ["The error code as text, for `\(rules.errorType)`."]),
            .computedProperty(
                name: "failureDescription", type: "String", isStatic: false, body: [.return(description)],
                documentation: ["The explanation, for `\(rules.errorType)`."]),
        ]
    }

    /// `makeTokenSet(issuedAt:)` for an answer with an access token, a MAC key and a lifetime.
    func tokenSetFunction(_ fields: [Field]) -> SwiftDeclaration? {
        let token = rules.tokenFields
        let names = uniqueNames(fields.map(\.name))
        func required(_ name: String) -> SwiftExpression? {
            fields.first { $0.name == name && $0.isDeclaredRequired }.map { .identifier(names[$0.name]!) }
        }
        func optional(_ name: String) -> SwiftExpression {
            fields.first { $0.name == name }.map { .identifier(names[$0.name]!) } ?? .nil
        }
        guard let accessToken = required(token.accessToken), let macKey = required(token.macKey),
            let expiresIn = required(token.expiresIn)
        else { return nil }
        let expiresAt = SwiftExpression.call(
            .member(.identifier("issuedAt"), "addingTimeInterval"), [.init(nil, .call("Double", [(nil, expiresIn)]))])
        return .function(
            name: "makeTokenSet", parameters: [SwiftDeclaration.Parameter("issuedAt", "Date")], returnType: "TokenSet",
            throwing: nil,
            body: [
                .return(
                    .call(
                        "TokenSet",
                        [
                            ("accessToken", accessToken), ("macKey", macKey), ("refreshToken", optional(token.refreshToken)),
                            ("expiresAt", expiresAt), ("scope", optional(token.scope)),
                        ]))
            ],
            documentation: ["The tokens this answer grants, expiring `\(token.expiresIn)` seconds after `issuedAt`."])
    }

    private func jsonMembers(_ fields: [Field], codeField: String? = nil) -> [SwiftDeclaration] {
        let names = uniqueNames(fields.map(\.name))
        var members: [SwiftDeclaration] = []
        for field in fields where !field.fields.isEmpty {
            let nested = nestedTypeName(field)
            members.append(
                .struct(
                    name: nested, conformances: ["Decodable", "Sendable", "Hashable"],
                    documentation: SwiftDocumentation.lines(field.description.plain.isEmpty ? "The `\(field.name)` object." : field.description.plain),
                    members: jsonMembers(field.fields)))
        }
        members += fields.map { field in
            var type = field.fields.isEmpty ? scalarType(field.type) : (field.type.map(isList) == true ? "[\(nestedTypeName(field))]" : nestedTypeName(field))
            if field.name == codeField { type = "ErrorCodeText" }
            return .property(
                name: names[field.name]!, type: field.isDeclaredRequired ? type : type + "?", isStatic: false, isLet: true,
                value: nil, documentation: SwiftDocumentation.lines(field.description.plain))
        }
        members.append(
            .enum(
                name: "CodingKeys", conformances: ["String", "CodingKey"], documentation: [], access: .internal,
                members: fields.map { field in
                    .case(name: names[field.name]!, rawValue: names[field.name]! == field.name ? nil : .string(field.name), documentation: [])
                }))
        return members
    }

    private func redirectMembers(_ fields: [Field], codeField: String?) -> [SwiftDeclaration] {
        let names = uniqueNames(fields.map(\.name))
        var members: [SwiftDeclaration] = fields.map { field in
            let type = field.name == codeField ? "ErrorCodeText" : redirectType(field.type)
            return .property(
                name: names[field.name]!, type: field.isDeclaredRequired ? type : type + "?", isStatic: false, isLet: true,
                value: nil, documentation: SwiftDocumentation.lines(field.description.plain))
        }
        members.append(
            .initializer(
                parameters: [SwiftDeclaration.Parameter("parameters", "RedirectParameters")],
                throwing: rules.errorType,
                body: fields.map { field in
                    let read = SwiftExpression.call(
                        .member(.identifier("parameters"), field.isDeclaredRequired ? "required" : "optional"),
                        [.init(nil, .string(field.name))])
                    return .assignment(.member(.identifier("self"), names[field.name]!), field.isDeclaredRequired ? .try(read) : read)
                },
                documentation: ["Reads the values from a redirect or callback URL; throws when a required one is missing."]))
        return members
    }

    // MARK: Types and names

    private func scalarType(_ type: ValueType?) -> String {
        switch type {
        case .long?: return "Int64"
        case .int?: return "Int"
        case .number?: return "Double"
        case .string?, .file?: return "String"
        case .boolean?: return "Bool"
        case .object?, .any?, nil: return "JSONValue"
        case .list(let element)?: return "[\(scalarType(element))]"
        }
    }

    private func redirectType(_ type: ValueType?) -> String {
        switch type {
        case .long?: return "Int64"
        case .int?: return "Int"
        case .boolean?: return "Bool"
        default: return "String"
        }
    }

    private func isList(_ type: ValueType) -> Bool {
        if case .list = type { return true }
        return false
    }

    private func nestedTypeName(_ field: Field) -> String {
        SwiftNaming.typeName(field.name) + "Object"
    }

    /// Swift names for the docs' names, numbered when two fold to the same one.
    func uniqueNames(_ names: [String]) -> [String: String] {
        var result: [String: String] = [:]
        var used = Set<String>()
        for name in names where result[name] == nil {
            var candidate = SwiftNaming.memberName(name)
            if ["method", "endpoint", "scopes", "bodyPrefix", "delivery", "queryParameters"].contains(candidate) {
                candidate += "Value"
            }
            var counter = 2
            let base = candidate
            while used.contains(candidate) {
                candidate = base + String(counter)
                counter += 1
            }
            used.insert(candidate)
            result[name] = candidate
        }
        return result
    }
}
