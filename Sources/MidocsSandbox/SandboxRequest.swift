import Foundation

/// A request as the sandbox sees it: the query kept as sent (percent-encoded), because a MAC
/// signature covers that form, and decoded once into named values for the checks.
public struct SandboxRequest: Sendable {
    public var method: String
    /// The percent-encoded path, `/user/profile`.
    public var path: String
    /// The query as sent, without `?`.
    public var rawQuery: String
    /// Header values by lower-cased name.
    public var headers: [String: String]

    public init(method: String, path: String, rawQuery: String, headers: [String: String]) {
        self.method = method.uppercased()
        self.path = path
        self.rawQuery = rawQuery
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// `http://host/path?query` read into a request, for tests and the curl examples.
    public init?(method: String, url: String, headers: [String: String] = [:]) {
        guard let components = URLComponents(string: url) else { return nil }
        var headers = headers
        if let host = components.host { headers["host"] = host + (components.port.map { ":\($0)" } ?? "") }
        self.init(
            method: method, path: components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath,
            rawQuery: components.percentEncodedQuery ?? "", headers: headers)
    }

    /// The host the client called, without its port, from the `Host` header.
    public var host: String {
        let value = headers["host"] ?? ""
        if value.hasPrefix("["), let end = value.firstIndex(of: "]") { return String(value[...end]).lowercased() }
        return String(value.split(separator: ":", maxSplits: 1).first ?? "").lowercased()
    }

    /// The query's values, decoded; nil when a name or value is not valid percent-encoded
    /// UTF-8. A name given twice keeps every value, so a repeat can be refused.
    public var query: [(name: String, value: String)]? {
        var items: [(name: String, value: String)] = []
        for pair in rawQuery.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).replacingOccurrences(of: "+", with: " ")
            let value = parts.count > 1 ? String(parts[1]).replacingOccurrences(of: "+", with: " ") : ""
            guard let decodedName = name.removingPercentEncoding, let decodedValue = value.removingPercentEncoding else { return nil }
            items.append((decodedName, decodedValue))
        }
        return items
    }
}
