import Foundation

/// When a `redirect_uri` sent in a request matches one registered for the app: the scheme
/// and port are equal, the host is the same host or a sub-domain of it, and the path is the
/// same path or below it. The query may differ.
///
/// Registered `https://abc.com/oauth` accepts `https://x.abc.com/oauth/path?x=1` and refuses
/// `http://abc.com/oauth` (scheme) and `https://abc.com:8080/oauth` (port). Both URIs are
/// normalised first (see `NormalizedURI`), so `https://abc.com/oauth/../admin` is compared as
/// `/admin`, and one that cannot be normalised safely is refused.
public enum RedirectURIRule {
    /// Why a URI does not match, for messages that say what differs; each reads after
    /// "the redirect URI".
    public enum Mismatch: String, Sendable, Equatable, Error {
        case invalid = "is not an absolute URI"
        case scheme = "scheme differs"
        case port = "port differs"
        case host = "host is neither the same nor a sub-domain"
        case path = "path is neither the same nor a sub-path"
        case userinfo = "has a user name or password before the host"
        case fragment = "has a fragment (#...), which a redirect URI must not have"
        case invalidHost = "has a host that is not a plain domain name or IP address"
        case invalidPort = "has a port that is not a number from 1 to 65535"
        case ambiguousPath = "has a path with encoded dots or slashes, a backslash or '..' above the root"
        case invalidRegistration = "cannot match, because the registered URI is not a valid redirect URI"
    }

    public static func matches(_ requested: String, registered: String) -> Bool {
        mismatch(requested, registered: registered) == nil
    }

    /// Nil when `requested` matches `registered`, else the first rule it breaks; what is wrong
    /// with `requested` alone comes before what differs.
    public static func mismatch(_ requested: String, registered: String) -> Mismatch? {
        let sent: NormalizedURI
        let allowed: NormalizedURI
        do { sent = try NormalizedURI(requested) } catch { return error }
        do { allowed = try NormalizedURI(registered.trimmingCharacters(in: .whitespacesAndNewlines)) } catch {
            return .invalidRegistration
        }
        guard sent.scheme == allowed.scheme else { return .scheme }
        guard sent.port == allowed.port else { return .port }
        guard sent.host.isSameOrSubdomain(of: allowed.host) else { return .host }
        guard sent.path.isSameOrBelow(allowed.path) else { return .path }
        return nil
    }

    /// Whether any of the registered URIs, written as the console takes them (separated by
    /// `;`, spaces around them allowed), accepts `requested`.
    public static func matches(_ requested: String, anyOf registered: String) -> Bool {
        mismatch(requested, anyOf: registered) == nil
    }

    /// Nil when any of the registered URIs accepts `requested`, else why the first refuses it.
    public static func mismatch(_ requested: String, anyOf registered: String) -> Mismatch? {
        let entries = registered.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        if entries.contains(where: { matches(requested, registered: $0) }) { return nil }
        return mismatch(requested, registered: entries.first ?? "")
    }
}
