import Foundation
import MidocsCompiler

/// Finds the documented operation a request is for: by method and path (a `{name}` of the
/// documented path matches any one segment), by host when the request names a documented
/// one, and where
/// operations share both, by the query values that tell them apart
/// (`GET https://account.xiaomi.com/oauth2/token?grant_type=refresh_token`).
struct OperationMatcher: Sendable {
    enum Match {
        case one(Operation)
        /// Several operations fit; the request does not say which.
        case several([Operation])
        /// None fits; the operations on the same path with another method, if any.
        case none(samePath: [Operation])
    }

    /// A request's method, host (nil for a path alone), path segments and query values.
    struct Request {
        var method: String
        var host: String?
        var segments: [String]
        var query: [String: [String]]

        /// Reads `https://host/path?query` or `/path?query`; nil for anything else.
        init?(method: String, url: String) {
            let trimmed = url.trimmingCharacters(in: .whitespaces)
            let absolute = trimmed.hasPrefix("/") ? "https://host.invalid" + trimmed : trimmed
            guard let components = URLComponents(string: absolute), let scheme = components.scheme?.lowercased(),
                scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
            else { return nil }
            self.method = method.uppercased()
            self.host = trimmed.hasPrefix("/") ? nil : host.lowercased()
            segments = OperationMatcher.segments(components.percentEncodedPath)
            var query: [String: [String]] = [:]
            for item in components.queryItems ?? [] { query[item.name, default: []].append(item.value ?? "") }
            self.query = query
        }
    }

    let operations: [Operation]

    func match(_ request: Request) -> Match {
        // Another host (a sandbox, a staging server) still names the documented path.
        var onPath = operations(onPathOf: request, matchingHost: true)
        if onPath.isEmpty, request.host != nil { onPath = operations(onPathOf: request, matchingHost: false) }
        let fitting = onPath.filter { $0.method?.rawValue == request.method }
        guard !fitting.isEmpty else { return .none(samePath: onPath) }
        if fitting.count == 1 { return .one(fitting[0]) }
        // Where several share the method and URL, the query's fixed values decide.
        let told = fitting.filter { operation in
            guard let discriminator = operation.discriminator else { return false }
            return request.query[discriminator.parameter]?.contains(discriminator.value) == true
        }
        return told.count == 1 ? .one(told[0]) : .several(told.isEmpty ? fitting : told)
    }

    private func operations(onPathOf request: Request, matchingHost: Bool) -> [Operation] {
        operations.filter { operation in
            guard let url = operation.url else { return false }
            let documentedHost = url.host.split(separator: ":").first.map(String.init) ?? ""
            if matchingHost, let host = request.host, !url.isRelative, !documentedHost.hasPrefix("{"), documentedHost != host { return false }
            let documented = Self.segments(url.path)
            return documented.count == request.segments.count
                && zip(documented, request.segments).allSatisfy { written, sent in
                    written.contains("{") || written == (sent.removingPercentEncoding ?? sent)
                }
        }
    }

    static func segments(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }
}
