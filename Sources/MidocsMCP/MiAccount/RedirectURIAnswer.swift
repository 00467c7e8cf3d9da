import Foundation
import MCP
import MiAccountRules

/// What `check_redirect_uri` answers: accepted, or rejected with the reason and the error
/// the service then answers.
struct RedirectURIAnswer: Codable, Sendable {
    struct Refusal: Codable, Sendable {
        var code: Int
        var name: String
    }

    var accepted: Bool
    /// Why not: "the redirect URI's host is neither the same nor a sub-domain".
    var reason: String?
    /// The rule broken, such as `host` or `port`.
    var mismatch: String?
    /// The error code the service refuses it with, from the docs' error table.
    var error: Refusal?
    var registered: [String]
    var requested: String

    init(registered: String, requested: String, docs: LoadedDocs) {
        let mismatch = RedirectURIRule.mismatch(requested, anyOf: registered)
        accepted = mismatch == nil
        reason = mismatch.map { "the redirect URI " + $0.rawValue }
        self.mismatch = mismatch.map { String(describing: $0) }
        error = mismatch == nil ? nil : docs.spec.errorCodes.first { $0.name == "OA_INVALID_REDIRECT_URI" }.map { Refusal(code: $0.code, name: $0.name) }
        self.registered = registered.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        self.requested = requested
    }

    static let schema: Value = JSONSchema.object(
        [
            "accepted": JSONSchema.boolean, "reason": JSONSchema.string("why the redirect URI is refused"),
            "mismatch": JSONSchema.string("the rule broken: scheme, port, host, path, invalid, userinfo, fragment, ..."),
            "error": JSONSchema.object(["code": JSONSchema.integer, "name": JSONSchema.string], required: ["code", "name"]),
            "registered": JSONSchema.array(of: JSONSchema.string), "requested": JSONSchema.string,
        ], required: ["accepted", "registered", "requested"])
}
