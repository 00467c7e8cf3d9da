/// What one service adds to the sandbox's general behaviour: its own semantics for calls
/// that passed the documented parameter checks. Called under the sandbox's lock, so it may
/// keep state.
protocol SandboxProfile: AnyObject {
    /// The answer to `call`, or nil for the general one built from the docs.
    func respond(to call: SandboxCall, answers: DocumentedAnswers) -> SandboxResponse?
    /// Whether a failure may be redirected to `uri` for a request with `values`: only to a
    /// URI registered for the client the request names (RFC 6749 section 4.1.2.1).
    func allowsRedirect(to uri: String, values: [String: String]) -> Bool
    /// Lines that say how to use the sandbox, printed at start.
    var banner: [String] { get }
}
