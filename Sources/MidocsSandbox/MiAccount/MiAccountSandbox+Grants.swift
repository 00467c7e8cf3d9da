import Foundation
import MiAccountRules

extension MiAccountSandbox {
    /// The authorize endpoint: the user (the sandbox's one) grants every scope asked for at
    /// once, and the browser goes back with a code or, for the implicit grant, a token.
    func authorize(_ call: SandboxCall, answers: DocumentedAnswers, refusal: Refusal, issuesCode: Bool) -> SandboxResponse {
        guard isRegisteredClient(call.values["client_id"]) else {
            return refusal("OA_CLIENT_NOT_EXISTS", "no app has this client_id", redirect: false)
        }
        let redirectURI = call.values["redirect_uri"] ?? ""
        if let mismatch = RedirectURIRule.mismatch(redirectURI, anyOf: client.redirectURIs.joined(separator: ";")) {
            return refusal("OA_INVALID_REDIRECT_URI", "redirect_uri does not match a registered one: \(mismatch.rawValue)", redirect: false)
        }
        let known = Set(spec.scopes.map(\.id))
        var scopes: [Int] = []
        for word in (call.values["scope"] ?? "").split(whereSeparator: { $0 == " " || $0 == "+" }) {
            guard let id = Int(word), known.contains(id) else { return refusal("OA_INVALID_SCOPE", "unknown scope '\(word)'") }
            if !scopes.contains(id) { scopes.append(id) }
        }
        if issuesCode {
            let code = secrets.hex(bytes: 16)
            ledger.codes[code] = SandboxLedger.Grant(scopes: scopes, redirectURI: redirectURI, issuedAt: clock())
            return answers.success(call.operation, call: call, values: ["code": code])
        }
        var token = issueTokens(scopes: scopes, redirectURI: nil)
        token["refresh_token"] = nil
        return answers.success(call.operation, call: call, values: token)
    }

    /// The token endpoint with `grant_type=authorization_code`: a code works once, for five
    /// minutes, with the redirect URI it was issued for.
    func exchangeCode(_ call: SandboxCall, answers: DocumentedAnswers, refusal: Refusal) -> SandboxResponse {
        if let failure = checkClient(call, refusal: refusal) { return failure }
        let code = call.values["code"] ?? ""
        guard var grant = ledger.codes[code], !grant.isUsed, clock().timeIntervalSince(grant.issuedAt) <= Self.codeLifetime else {
            return refusal("OA_INVALID_CODE", "the code is unknown, already used or older than 5 minutes", redirect: false)
        }
        let redirectURI = call.values["redirect_uri"] ?? ""
        let sameURI = grant.redirectURI.map { $0 == redirectURI } ?? isRegisteredRedirect(redirectURI)
        guard sameURI else {
            return refusal("OA_INVALID_REDIRECT_URI", "redirect_uri is not the one the code was issued for", redirect: false)
        }
        grant.isUsed = true
        ledger.codes[code] = grant
        return answers.success(call.operation, call: call, values: issueTokens(scopes: grant.scopes, redirectURI: redirectURI))
    }

    /// The token endpoint with `grant_type=refresh_token`: each refresh token works once.
    func refresh(_ call: SandboxCall, answers: DocumentedAnswers, refusal: Refusal) -> SandboxResponse {
        if let failure = checkClient(call, refusal: refusal) { return failure }
        let token = call.values["refresh_token"] ?? ""
        guard var grant = ledger.refreshTokens[token], !grant.isUsed else {
            return refusal("OA_INVALID_REFRESHTOKEN", "the refresh token is unknown or already used", redirect: false)
        }
        grant.isUsed = true
        ledger.refreshTokens[token] = grant
        return answers.success(call.operation, call: call, values: issueTokens(scopes: grant.scopes, redirectURI: grant.redirectURI))
    }

    private func checkClient(_ call: SandboxCall, refusal: Refusal) -> SandboxResponse? {
        guard isRegisteredClient(call.values["client_id"]) else {
            return refusal("OA_CLIENT_NOT_EXISTS", "no app has this client_id", redirect: false)
        }
        guard ConstantTime.equals(call.values["client_secret"] ?? "", client.secret) else {
            return refusal("OA_INVALID_CLIENT", "client_secret does not belong to client_id", redirect: false)
        }
        return nil
    }
}
