import Foundation

/// Where each documented host is reached. Production by default; point every host at the
/// sandbox (`midocs sandbox`) or one host at a proxy. The MAC signature always covers the
/// host, port aside, and path actually called.
public struct MiAccountServers: Sendable, Hashable {
    /// Base URLs by documented host, `open.account.xiaomi.com`.
    public var baseURLs: [String: URL]
    /// The base URL of every host that `baseURLs` does not name.
    public var everyOtherHost: URL?

    public init(_ baseURLs: [String: URL] = [:], everyOtherHost: URL? = nil) {
        self.baseURLs = baseURLs
        self.everyOtherHost = everyOtherHost
    }

    /// The documented hosts, as the docs give them.
    public static let production = MiAccountServers()

    /// Every host at one base URL, as `midocs sandbox` serves them: `http://127.0.0.1:8787`.
    public static func sandbox(_ baseURL: URL) -> MiAccountServers {
        MiAccountServers(everyOtherHost: baseURL)
    }

    /// `endpoint` (a documented URL) on the server that stands for its host: scheme, host
    /// and port come from the base URL, and the base URL's path goes before the endpoint's.
    public func url(for endpoint: String) -> String {
        guard let documented = URLComponents(string: endpoint), let host = documented.host,
            let base = baseURLs[host.lowercased()] ?? everyOtherHost,
            let baseComponents = URLComponents(url: base, resolvingAgainstBaseURL: false)
        else { return endpoint }
        var moved = documented
        moved.scheme = baseComponents.scheme
        moved.host = baseComponents.host
        moved.port = baseComponents.port
        let prefix = baseComponents.percentEncodedPath.hasSuffix("/")
            ? String(baseComponents.percentEncodedPath.dropLast()) : baseComponents.percentEncodedPath
        moved.percentEncodedPath = prefix + documented.percentEncodedPath
        return moved.string ?? endpoint
    }
}
