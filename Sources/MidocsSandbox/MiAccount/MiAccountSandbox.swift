import Foundation
import MiAccountRules
import MidocsCompiler

/// Mi Account's semantics on top of the general sandbox. Each operation's role comes from
/// what RFC 6749 and the docs fix, not from its name: `response_type=code` or `token`
/// authorizes, `grant_type=authorization_code` or `refresh_token` issues tokens, an
/// operation that names scopes is an Open API call signed with MAC, and one answered by a
/// callback is /checkPassword.
final class MiAccountSandbox: SandboxProfile {
    enum Role {
        case authorizeCode, authorizeToken, exchangeCode, refresh, openAPI, confirmPassword
    }

    /// The code lifetime (5 minutes) and how far a nonce's minutes may be from now.
    static let codeLifetime: TimeInterval = 300
    static let nonceWindowMinutes: Int64 = 5
    /// The sandbox's one user.
    static let userID: Int64 = 1_909_031

    let spec: Spec
    let client: SandboxClient
    let clock: @Sendable () -> Date
    var secrets: SecretSource
    var ledger = SandboxLedger()
    /// The user's openId for the registered app, stable for the sandbox's life.
    let openID: String
    private let roles: [String: Role]

    init(spec: Spec, client: SandboxClient, seed: UInt64?, clock: @escaping @Sendable () -> Date) {
        self.spec = spec
        self.client = client
        self.clock = clock
        var secrets = SecretSource(seed: seed)
        openID = "2.0" + secrets.hex(bytes: 8)
        self.secrets = secrets
        roles = Dictionary(uniqueKeysWithValues: spec.operations.compactMap { operation in Self.role(of: operation).map { (operation.id, $0) } })
    }

    static func role(of operation: Operation) -> Role? {
        switch (operation.discriminator?.parameter, operation.discriminator?.value) {
        case ("response_type", "code"): return .authorizeCode
        case ("response_type", "token"): return .authorizeToken
        case ("grant_type", "authorization_code"): return .exchangeCode
        case ("grant_type", "refresh_token"): return .refresh
        default: break
        }
        if !operation.scopes.isEmpty { return .openAPI }
        if operation.responses.contains(where: { $0.outcome == .success && $0.delivery == .callback }) { return .confirmPassword }
        return nil
    }

    var banner: [String] {
        [
            "client_id:     \(client.id)", "client_secret: \(client.secret)",
            "redirect_uri:  \(client.redirectURIs.joined(separator: "; "))",
            "user:          xmUserId \(Self.userID), openId \(openID); every authorization is granted at once",
        ]
    }

    func allowsRedirect(to uri: String, values: [String: String]) -> Bool {
        isRegisteredClient(values["client_id"]) && isRegisteredRedirect(uri)
    }

    func isRegisteredRedirect(_ uri: String) -> Bool {
        RedirectURIRule.mismatch(uri, anyOf: client.redirectURIs.joined(separator: ";")) == nil
    }

    func respond(to call: SandboxCall, answers: DocumentedAnswers) -> SandboxResponse? {
        guard let role = roles[call.operation.id] else { return nil }
        let refusal = Refusal(call: call, answers: answers, profile: self)
        switch role {
        case .authorizeCode, .authorizeToken: return authorize(call, answers: answers, refusal: refusal, issuesCode: role == .authorizeCode)
        case .exchangeCode: return exchangeCode(call, answers: answers, refusal: refusal)
        case .refresh: return refresh(call, answers: answers, refusal: refusal)
        case .openAPI: return openAPI(call, answers: answers, refusal: refusal)
        case .confirmPassword: return confirmPassword(call, answers: answers, refusal: refusal)
        }
    }

    /// The registered client, or nil when `text` is not its id.
    func isRegisteredClient(_ text: String?) -> Bool {
        text.flatMap { Int64($0) } == client.id
    }

    func issueTokens(scopes: [Int], redirectURI: String?) -> [String: Any] {
        let now = clock()
        let accessToken = "V2_" + secrets.token(length: 40)
        let macKey = secrets.token(length: 27)
        let refreshToken = "V2_" + secrets.token(length: 40)
        let lifetime = 7_776_000
        ledger.tokens[accessToken] = SandboxLedger.Token(
            macKey: macKey, scopes: scopes, expiresAt: now.addingTimeInterval(TimeInterval(lifetime)))
        ledger.refreshTokens[refreshToken] = SandboxLedger.Grant(scopes: scopes, redirectURI: redirectURI, issuedAt: now)
        return [
            "access_token": accessToken, "mac_key": macKey, "refresh_token": refreshToken, "expires_in": lifetime,
            "scope": scopes.map(String.init).joined(separator: " "), "openId": openID,
        ]
    }
}

/// A failure of one call in its documented shape, by the error code's documented name.
struct Refusal {
    let call: SandboxCall
    let answers: DocumentedAnswers
    let profile: MiAccountSandbox

    /// `name` is the docs' constant (`OA_INVALID_CODE`); a failure whose redirect URI is not
    /// registered is never redirected.
    func callAsFunction(_ name: String, _ text: String, redirect: Bool = true) -> SandboxResponse {
        let uri = redirect ? call.values["redirect_uri"].flatMap { profile.allowsRedirect(to: $0, values: call.values) ? $0 : nil } : nil
        return answers.failure(
            call.operation, call: call.values, code: answers.errorCode(named: name), text: text, redirectURI: uri)
    }
}
