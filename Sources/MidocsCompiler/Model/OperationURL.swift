/// The URL an operation is called at, split as the docs give it.
public struct OperationURL: Sendable, Hashable, Codable, CustomStringConvertible {
    public var scheme: String
    public var host: String
    public var path: String

    public init(scheme: String, host: String, path: String) {
        self.scheme = scheme
        self.host = host
        self.path = path
    }

    /// Reads `https://api.example.com/oauth2/token`; nil for anything that is not an
    /// absolute http or https URL.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        guard let separator = trimmed.range(of: "://") else { return nil }
        let scheme = trimmed[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = trimmed[separator.upperBound...]
        let pathStart = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let host = String(rest[..<pathStart])
        guard !host.isEmpty, !host.contains(" ") else { return nil }
        var path = String(rest[pathStart...])
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<end]) }
        self.init(scheme: scheme, host: host.lowercased(), path: path.isEmpty ? "/" : path)
    }

    public var description: String { "\(scheme)://\(host)\(path)" }
}
