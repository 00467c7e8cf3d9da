extension Profile {
    /// Mi Account: MAC-signed Open API calls, worked signature and redirect-URI examples
    /// checked with the service's own rules, the client runtime MiAccountRuntime, and cards
    /// that try each call in `midocs sandbox`.
    static let miAccount = Profile(
        name: "mi-account",
        makeReader: { WorkedExampleReader() },
        noFacts: {
            var facts = ProfileFacts()
            facts.append([SignatureExample]())
            facts.append([RedirectURIExample]())
            return facts
        }(),
        checks: [{ SignatureMismatch().check($0) }, { RedirectURIExampleMismatch().check($0) }],
        makeSecurity: { MACSecurity(spec: $0) },
        schema: WorkedExampleSchema.addition,
        swiftClient: SwiftClientRules(
            runtimeModule: "MiAccountRuntime",
            // The scope parameter is a space-separated list of scope ids.
            parameterType: { $0.name == "scope" && $0.type == .string ? "[Scope]" : nil },
            errorType: "MiAccountError",
            tokenFields: .init(
                accessToken: "access_token", macKey: "mac_key", expiresIn: "expires_in", refreshToken: "refresh_token",
                scope: "scope")),
        tryIt: .miAccount,
        diff: { SignatureExampleDiff().diff(old: $0, new: $1) })
}
