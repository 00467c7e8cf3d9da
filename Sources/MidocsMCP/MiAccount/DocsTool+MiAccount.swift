import MCP
import MiAccountRules
import MidocsCompiler

/// The Mi Account profile's tools: the service's own rules, the code the docs' worked
/// examples are checked with, offered only when the docs are read with that profile.
extension DocsTool {
    static let signRequest = DocsTool(
        name: "sign_request", title: "Sign an Open API request",
        description: """
            The MAC signature of one Open API call, computed with the code the docs' worked examples are \
            checked with: the normalised string (nonce, method, host in lower case without the port, path, \
            query exactly as written in the URL, still percent-encoded, sorted, empty values left out) and \
            the Authorization header to send. Give the full URL of the call as it will be sent. Without a \
            nonce, a fresh one is made (a random number and the minutes since 1970), so the answer differs each time.
            """,
        input: ToolInput(arguments: [
            .init(name: "method", kind: .string(maximumLength: 20), description: "The HTTP method, such as GET"),
            .init(name: "url", kind: .string(maximumLength: 8192), description: "The full URL of the call, with its query as it will be sent"),
            .init(name: "access_token", kind: .string(maximumLength: 4096), description: "The access token, sent in the header as it is"),
            .init(name: "mac_key", kind: .string(maximumLength: 4096), description: "The mac_key that came with the access token"),
            .init(
                name: "nonce", kind: .string(maximumLength: 64),
                description: "<random number>:<minutes since 1970 UTC>, such as 2870867952176701445:23282360; a fresh one when left out",
                isRequired: false),
        ]),
        outputSchema: SignatureAnswer.schema,
        answer: { arguments, docs in
            let method = arguments.string("method") ?? ""
            let url = arguments.string("url") ?? ""
            guard method.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw MCPError.invalidParams("'\(method)' is no HTTP method; give one such as GET")
            }
            if let nonce = arguments.string("nonce"), !MACSignature.isNonce(nonce) {
                throw MCPError.invalidParams("the nonce '\(nonce)' is not <random number>:<minutes since 1970>, such as 2870867952176701445:23282360")
            }
            let nonce = arguments.string("nonce") ?? MACSignature.makeNonce()
            guard let signature = MACSignature(url: url, method: method, nonce: nonce) else {
                throw MCPError.invalidParams(
                    "'\(url.prefix(200))' is not an absolute http or https URL; give the whole URL of the call as it is sent, "
                        + "with its query percent-encoded (a space is %20)")
            }
            let request = OperationMatcher.Request(method: method, url: url)
            var operation: Operation?
            if let request, case .one(let match) = OperationMatcher(operations: docs.spec.operations).match(request) { operation = match }
            return try found(
                SignatureAnswer(
                    signature, accessToken: arguments.string("access_token") ?? "", key: arguments.string("mac_key") ?? "", operation: operation))
        })

    static let checkRedirectURI = DocsTool(
        name: "check_redirect_uri", title: "Check a redirect URI",
        description: """
            Whether Mi Account accepts a redirect_uri sent in a request for the redirect URIs registered for \
            the app, by the service's own rule: the same scheme and port, the same host or a sub-domain of it, \
            the same path or one below it; the query may differ. Both are normalised first (dot segments, \
            encoded characters, default ports). Registered URIs may be several, separated by semicolons as \
            the console takes them.
            """,
        input: ToolInput(arguments: [
            .init(
                name: "registered", kind: .string(maximumLength: 8192),
                description: "The redirect URI or URIs registered for the app, separated by ';'"),
            .init(name: "requested", kind: .string(maximumLength: 8192), description: "The redirect_uri sent in the request"),
        ]),
        outputSchema: RedirectURIAnswer.schema,
        answer: { arguments, docs in
            try found(RedirectURIAnswer(registered: arguments.string("registered") ?? "", requested: arguments.string("requested") ?? "", docs: docs))
        })

    static var miAccount: [DocsTool] { [signRequest, checkRedirectURI] }
}
