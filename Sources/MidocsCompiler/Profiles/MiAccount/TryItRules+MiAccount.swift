extension TryItRules {
    /// Mi Account in `midocs sandbox`, with its default app and user: what came from an earlier
    /// step of the sign-in is a shell variable that the README's "Try it locally" sets, and every
    /// call that names scopes carries a MAC signature made by `midocs sign`.
    static let miAccount = TryItRules(
        sandboxURL: sandboxURL,
        value: { parameter, operation, usedScopes in
            guard parameter.name == "scope" else { return sandboxValues[parameter.name] }
            // Where the operation names no scopes (authorize), ask for every scope an operation
            // needs, so that the token works on every card.
            let ids = operation.scopes.isEmpty ? usedScopes : operation.scopes.map(\.id)
            return .literal(ids.map(String.init).joined(separator: " "))
        },
        curlArguments: { operation, url in
            operation.scopes.isEmpty ? [] : ["-H \"$(midocs sign --access-token \"$ACCESS_TOKEN\" --mac-key \"$MAC_KEY\" \(url))\""]
        },
        swiftCall: { call in
            let base = SwiftExpression.forceUnwrap(.call("URL", [("string", .string(sandboxURL))]))
            let servers = SwiftExpression.call(.member(nil, "sandbox"), [.init(nil, base)])
            let request = SwiftStatement.declaration(isMutable: false, name: "request", value: call.request)
            guard call.isSent else {
                let session = SwiftStatement.declaration(isMutable: false, name: "session", value: .call("AuthorizationSession", []))
                let url = SwiftExpression.call(.member(.identifier("request"), "makeURL"), [.init("servers", servers)])
                return (call.operation.parameter(named: "state") == nil ? [] : [session])
                    + [request, .declaration(isMutable: false, name: "url", value: url)]
            }
            var send: [SwiftExpression.Argument] = [.init(nil, .identifier("request"))]
            if !call.operation.scopes.isEmpty { send.append(.init("signedWith", .member(.identifier("tokens"), "signer"))) }
            let client = SwiftExpression.call("MiAccountClient", [("servers", servers)])
            let response = SwiftExpression.try(.await(.call(.member(.identifier("client"), "send"), send)))
            var statements: [SwiftStatement] = [
                .declaration(isMutable: false, name: "client", value: client), request,
                .declaration(isMutable: false, name: "response", value: response),
            ]
            if call.grantsTokens {
                let tokens = SwiftExpression.call(.member(.identifier("response"), "makeTokenSet"), [.init("issuedAt", .call("Date", []))])
                statements.append(.declaration(isMutable: false, name: "tokens", value: tokens))
            }
            return statements
        })

    /// Where `midocs sandbox` listens unless told otherwise.
    private static let sandboxURL = "http://127.0.0.1:8787"

    /// The sandbox's app and user, and the earlier steps' results, by parameter name.
    private static let sandboxValues: [String: SampleValue] = [
        "client_id": .literal("2882303761517000000"),
        "clientId": .literal("2882303761517000000"),
        "client_secret": .literal("sandbox-secret"),
        "redirect_uri": .literal("https://example.com/callback"),
        // /checkPassword calls back on the redirect URI's domain.
        "callback": .literal("https://example.com/callback"),
        "xmUserId": .literal("1909031"),
        "state": .literal("sandbox-state", swift: .member(.identifier("session"), "state")),
        "code": .variable("CODE", swift: .member(.identifier("grant"), "code")),
        "token": .variable("ACCESS_TOKEN", swift: .member(.identifier("tokens"), "accessToken")),
        "access_token": .variable("ACCESS_TOKEN", swift: .member(.identifier("tokens"), "accessToken")),
        // Present after the code grant, which always issues one.
        "refresh_token": .variable("REFRESH_TOKEN", swift: .forceUnwrap(.member(.identifier("tokens"), "refreshToken"))),
    ]
}
