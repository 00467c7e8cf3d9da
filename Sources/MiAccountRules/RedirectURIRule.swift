import Foundation

/// When a `redirect_uri` sent in a request matches one registered for the app: the scheme
/// and port are equal, the host is the same host or a sub-domain of it, and the path is the
/// same path or below it. The query may differ.
///
/// Registered `https://abc.com/oauth` accepts `https://x.abc.com/oauth/path?x=1` and refuses
/// `http://abc.com/oauth` (scheme) and `https://abc.com:8080/oauth` (port).
public enum RedirectURIRule {
    /// Why a URI does not match, for messages that say what differs.
    public enum Mismatch: String, Sendable, Equatable {
        case invalid = "is not an absolute URI"
        case scheme = "scheme differs"
        case port = "port differs"
        case host = "host is neither the same nor a sub-domain"
        case path = "path is neither the same nor a sub-path"
    }

    public static func matches(_ requested: String, registered: String) -> Bool {
        mismatch(requested, registered: registered) == nil
    }

    /// Nil when `requested` matches `registered`, else the first rule it breaks.
    public static func mismatch(_ requested: String, registered: String) -> Mismatch? {
        guard let sent = URLComponents(string: requested), let allowed = URLComponents(string: registered),
            let sentScheme = sent.scheme?.lowercased(), let allowedScheme = allowed.scheme?.lowercased(),
            let sentHost = sent.host?.lowercased(), let allowedHost = allowed.host?.lowercased(),
            !sentHost.isEmpty, !allowedHost.isEmpty
        else { return .invalid }
        guard sentScheme == allowedScheme else { return .scheme }
        guard port(sent, scheme: sentScheme) == port(allowed, scheme: allowedScheme) else { return .port }
        guard sentHost == allowedHost || sentHost.hasSuffix("." + allowedHost) else { return .host }
        guard isSameOrBelow(sent.percentEncodedPath, allowed.percentEncodedPath) else { return .path }
        return nil
    }

    /// Whether any of the registered URIs, written as the console takes them (separated by
    /// `;`), accepts `requested`.
    public static func matches(_ requested: String, anyOf registered: String) -> Bool {
        registered.split(separator: ";").contains { matches(requested, registered: String($0)) }
    }

    private static func port(_ components: URLComponents, scheme: String) -> Int? {
        components.port ?? ["http": 80, "https": 443][scheme]
    }

    /// `/oauth/path` is below `/oauth`; `/oauthx` is not.
    private static func isSameOrBelow(_ path: String, _ base: String) -> Bool {
        let base = base.hasSuffix("/") ? String(base.dropLast()) : base
        return base.isEmpty || path == base || path.hasPrefix(base + "/")
    }
}
