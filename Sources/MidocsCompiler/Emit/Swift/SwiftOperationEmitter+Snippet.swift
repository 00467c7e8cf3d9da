extension SwiftOperationEmitter {
    /// `GetUserProfileRequest(clientID: 2882303761517000000, token: tokens.accessToken)`: the
    /// request made with `values`, under the labels of the generated initializer; an optional
    /// parameter without a value is left to its default.
    func makeRequestExpression(_ values: (Parameter) -> SampleValue?) -> SwiftExpression {
        let names = uniqueNames(sentParameters.map(\.name))
        let arguments = settableParameters.compactMap { parameter -> SwiftExpression.Argument? in
            values(parameter).map { .init(names[parameter.name]!, $0.swift ?? literal($0.text, type: swiftType(parameter))) }
        }
        return .call(.identifier(typeName + "Request"), arguments)
    }

    /// True when a success answer grants tokens, so it has `makeTokenSet(issuedAt:)`.
    var grantsTokens: Bool {
        operation.responses.contains { $0.outcome == .success && tokenSetFunction($0.fields) != nil }
    }

    /// `1 3` as `[Scope]` is `[.profile, .openID]`; as `Int64`, `1`.
    private func literal(_ text: String, type: String) -> SwiftExpression {
        switch type.hasSuffix("?") ? String(type.dropLast()) : type {
        case "Int64", "Int":
            return Int64(text).map(SwiftExpression.integer) ?? .string(text)
        case "Bool":
            return .boolean(text == "true")
        case "[Scope]":
            return .array(text.split(separator: " ").compactMap { Int($0).flatMap { scopeNames[$0] }.map { .member(nil, $0) } })
        default:
            return .string(text)
        }
    }
}
