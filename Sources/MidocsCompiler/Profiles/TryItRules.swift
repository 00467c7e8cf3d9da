/// How the "Try it" part of operation cards calls a service's sandbox: where `midocs sandbox`
/// serves it, what the sandbox takes for each parameter, what a call carries besides its URL,
/// and how the generated client makes the same call. Without a profile, cards call the
/// documented URL with the general values alone.
struct TryItRules: Sendable {
    /// What the Swift part of a card is made from.
    struct SwiftCall {
        var operation: Operation
        /// `GetUserProfileRequest(clientID: ..., token: ...)`.
        var request: SwiftExpression
        /// The client sends it and decodes the JSON answer; otherwise it is a URL for the browser.
        var isSent: Bool
        /// The success answer has `makeTokenSet(issuedAt:)`.
        var grantsTokens: Bool
    }

    /// Every documented host at one base URL, by path: `http://127.0.0.1:8787`.
    var sandboxURL: String
    /// The sandbox's value for a parameter, given every scope id the docs' operations name;
    /// nil for the general rule (a required parameter is a shell variable named after it, an
    /// optional one is left out).
    var value: @Sendable (Parameter, Operation, _ usedScopes: [Int]) -> SampleValue?
    /// More curl arguments for the call, given its URL as the shell reads it.
    var curlArguments: @Sendable (Operation, _ quotedURL: String) -> [String]
    /// The Swift statements that make the call.
    var swiftCall: @Sendable (SwiftCall) -> [SwiftStatement]
}
