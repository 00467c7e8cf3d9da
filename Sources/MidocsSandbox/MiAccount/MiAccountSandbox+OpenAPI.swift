import Foundation
import MiAccountRules

extension MiAccountSandbox {
    /// An Open API call: the MAC `Authorization` header must sign this very request with
    /// the token's key, with a fresh nonce, and the token must hold the operation's scopes.
    func openAPI(_ call: SandboxCall, answers: DocumentedAnswers, refusal: Refusal) -> SandboxResponse {
        guard isRegisteredClient(call.values["clientId"]) else { return refusal("OA_CLIENT_NOT_EXISTS", "no app has this clientId") }
        let tokenText = call.values["token"] ?? ""
        guard let token = ledger.tokens[tokenText], token.expiresAt > clock() else {
            return refusal("OA_INVALID_TOKEN", "the access token is unknown or expired")
        }
        guard let header = call.request.headers["authorization"].flatMap(MACHeader.init) else {
            return refusal("OA_ACCESS_DENIED", "the request has no MAC Authorization header")
        }
        guard ConstantTime.equals(header.accessToken, tokenText) else {
            return refusal("OA_ACCESS_DENIED", "the Authorization header names another access token")
        }
        if let failure = checkNonce(header.nonce, refusal: refusal) { return failure }
        let signature = MACSignature(
            nonce: header.nonce, method: call.request.method, host: call.request.host, path: call.request.path,
            query: MACSignature.parseQuery(call.request.rawQuery))
        guard ConstantTime.equals(signature.signature(key: token.macKey), header.mac) else {
            return refusal("OA_ACCESS_DENIED", "the MAC signature does not match the request")
        }
        let missing = call.operation.scopes.map(\.id).filter { !token.scopes.contains($0) }
        guard missing.isEmpty else {
            let ids = missing.map(String.init).joined(separator: ", ")
            return refusal("OA_UNAUTHORIZED_CLIENT", "the token was not granted scope \(ids)")
        }
        return answers.success(call.operation, call: call, values: ["data.openid": openID])
    }

    /// A nonce is `random:minutes`, its minutes within five of now, and used once.
    private func checkNonce(_ nonce: String, refusal: Refusal) -> SandboxResponse? {
        let parts = nonce.split(separator: ":")
        guard parts.count == 2, UInt64(parts[0]) != nil, let minutes = Int64(parts[1]) else {
            return refusal("OA_ACCESS_DENIED", "the nonce is not random:minutes")
        }
        let now = Int64(clock().timeIntervalSince1970 / 60)
        guard abs(minutes - now) <= Self.nonceWindowMinutes else {
            return refusal("OA_ACCESS_DENIED", "the nonce's minutes are more than \(Self.nonceWindowMinutes) from now")
        }
        guard ledger.useNonce(nonce, minutes: minutes, now: now, window: Self.nonceWindowMinutes) else {
            return refusal("OA_ACCESS_DENIED", "nonce already used")
        }
        return nil
    }

    /// /checkPassword: the user confirms the password, and the result goes to the callback
    /// (same domain as a registered redirect URI), signed with the app's secret in `_xmSign`.
    func confirmPassword(_ call: SandboxCall, answers: DocumentedAnswers, refusal: Refusal) -> SandboxResponse {
        guard isRegisteredClient(call.values["clientId"]) else { return refusal("OA_CLIENT_NOT_EXISTS", "no app has this clientId") }
        let callback = call.values["callback"] ?? ""
        let sameDomain = client.redirectURIs.contains { registered in
            guard let root = Self.siteRoot(of: registered) else { return false }
            return ["http", "https"].contains { RedirectURIRule.matches(callback, registered: $0 + "://" + root) }
        }
        guard sameDomain else {
            return refusal("OA_INVALID_REDIRECT_URI", "callback is not in the domain of a registered redirect URI")
        }
        let code = secrets.hex(bytes: 16)
        ledger.codes[code] = SandboxLedger.Grant(scopes: [], redirectURI: nil, issuedAt: clock())
        let userID = call.values["xmUserId"] ?? ""
        let nonce = "\(secrets.number(below: 1 << 62)):\(Int64(clock().timeIntervalSince1970 / 60))"
        let items = [("xmResult", userID == String(Self.userID) ? "true" : "false"), ("xmUserId", userID), ("code", code)]
        guard let components = URLComponents(string: DocumentedAnswers.appending(items, to: callback, inFragment: false)),
            let host = components.host
        else { return refusal("OA_INVALID_REDIRECT_URI", "callback is not a URL") }
        let signature = MACSignature(
            nonce: nonce, method: "GET", host: host, path: components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath,
            query: MACSignature.parseQuery(components.percentEncodedQuery ?? ""))
        var values: [String: Any] = Dictionary(uniqueKeysWithValues: items)
        values["_xmNonce"] = nonce
        values["_xmSign"] = signature.signature(key: client.secret)
        return answers.success(call.operation, call: call, values: values)
    }

    /// `abc.com:8443/` of `https://abc.com:8443/oauth`: the host and port, any path.
    private static func siteRoot(of uri: String) -> String? {
        guard let components = URLComponents(string: uri), let host = components.host else { return nil }
        return host + (components.port.map { ":\($0)" } ?? "") + "/"
    }
}
