/// Makes the "Try it" part of operation cards. With a profile that knows a sandbox, the call
/// goes to `midocs sandbox` with the profile's values, and a profile with a Swift client adds
/// the same call in Swift. Without one, the call goes to the documented URL, fixed values as
/// fixed, each required parameter as a shell variable named after it, optional ones left out.
struct TryItMaker: Sendable {
    private let rules: TryItRules?
    /// Every scope id the operations name, in the docs' order.
    private let usedScopes: [Int]
    /// The Swift part by operation id, made once per site: the generated type names depend on
    /// every operation.
    let swiftSnippets: [String: String]

    init(spec: Spec) {
        let rules = spec.profile.flatMap(Profile.named)?.tryIt
        self.rules = rules
        var usedScopes: [Int] = []
        for id in spec.operations.flatMap(\.scopes).map(\.id) where !usedScopes.contains(id) { usedScopes.append(id) }
        self.usedScopes = usedScopes
        var snippets: [String: String] = [:]
        if let rules, let emitter = SwiftEmitter(spec: spec) {
            let typeNames = emitter.typeNames
            let scopeNames = emitter.scopeNames
            for operation in spec.operations where operation.method != nil && operation.url != nil {
                let request = SwiftOperationEmitter(
                    operation: operation, typeName: typeNames[operation.id]!, scopeNames: scopeNames, rules: emitter.rules)
                let call = TryItRules.SwiftCall(
                    operation: operation, request: request.makeRequestExpression { Self.value(for: $0, of: operation, rules, usedScopes: usedScopes) },
                    isSent: request.isJSONOperation, grantsTokens: request.grantsTokens)
                snippets[operation.id] = SwiftRenderer().render(rules.swiftCall(call))
            }
        }
        swiftSnippets = snippets
    }

    /// Nil for an operation without a method or URL.
    func makeTryIt(_ operation: Operation) -> TryIt? {
        guard operation.method != nil, operation.url != nil else { return nil }
        let rules = self.rules
        let usedScopes = self.usedScopes
        let curl = CurlCommand(
            operation: operation, baseURL: rules?.sandboxURL, value: { Self.value(for: $0, of: operation, rules, usedScopes: usedScopes) },
            extraArguments: { url in rules?.curlArguments(operation, url) ?? [] }
        ).text
        return TryIt(
            curl: curl, variables: Self.variables(in: curl), callsSandbox: rules != nil, swift: swiftSnippets[operation.id])
    }

    /// A fixed value as fixed, then the profile's value, then a required parameter as a shell
    /// variable named after it (`$XM_USER_ID`); nil leaves the parameter out.
    static func value(for parameter: Parameter, of operation: Operation, _ rules: TryItRules?, usedScopes: [Int]) -> SampleValue? {
        if let fixed = parameter.fixedValue { return .literal(fixed) }
        if let value = rules?.value(parameter, operation, usedScopes) { return value }
        guard parameter.isDeclaredRequired else { return nil }
        return .variable(SampleValue.variableName(for: parameter.name), swift: .identifier(SwiftNaming.memberName(parameter.name)))
    }

    /// `$ACCESS_TOKEN` and `${CODE}` in a command, each once, in order; not `\$5`.
    static func variables(in command: String) -> [String] {
        var names: [String] = []
        var rest = Substring(command)
        while let dollar = rest.firstIndex(of: "$") {
            let isEscaped = dollar > rest.startIndex && rest[rest.index(before: dollar)] == "\\"
            rest = rest[rest.index(after: dollar)...]
            let name = (rest.first == "{" ? rest.dropFirst() : rest).prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            guard !isEscaped, let first = name.first, !first.isNumber, !names.contains(String(name)) else { continue }
            names.append(String(name))
        }
        return names
    }
}
