/// The URL an operation is called at, split as the docs give it. Path parameters are
/// written `{name}` whatever the docs wrote (`:name`, `<name>`, `{{name}}`); a URL the docs
/// give as a path alone, with no host stated anywhere, has an empty scheme and host.
public struct OperationURL: Sendable, Hashable, Codable, CustomStringConvertible {
    public var scheme: String
    public var host: String
    public var path: String

    public init(scheme: String, host: String, path: String) {
        self.scheme = scheme
        self.host = host
        self.path = path
    }

    /// Reads `https://api.example.com/oauth2/token`, or a host placeholder such as
    /// `http://{portal_address}/api`; nil for anything that is not an absolute http or https URL.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        guard let separator = trimmed.range(of: "://") else { return nil }
        var scheme = trimmed[..<separator.lowerBound].lowercased()
        // `http|https://host/...`: either; the secure one.
        if scheme == "http|https" || scheme == "https|http" || scheme == "http(s)" { scheme = "https" }
        guard scheme == "http" || scheme == "https" else { return nil }
        self.init(scheme: scheme, hostAndPath: trimmed[separator.upperBound...])
    }

    /// Reads what docs write where a URL goes: a full URL, a path (`/api/v3/order`), or a
    /// path after a host placeholder (`{host}/api`, `{{baseUrl}}/v1/users`). A path takes
    /// its scheme and host from `base` when there is one.
    public init?(parsingReference text: String, base: OperationURL? = nil) {
        let trimmed = text.trimmingWhitespace()
        // `/终结点?参数名=参数值......`: a pattern trailing off, not an endpoint.
        guard !trimmed.hasSuffix("...") && !trimmed.hasSuffix("…") else { return nil }
        if let url = OperationURL(parsing: trimmed) {
            self = url
            return
        }
        guard !trimmed.contains(" "), !trimmed.isEmpty else { return nil }
        if trimmed.hasPrefix("/") {
            guard trimmed.count > 1 || base != nil, !trimmed.hasPrefix("//") else { return nil }
            // `/终结点`: a path in words ("/endpoint"), standing for any route, not one.
            let route = trimmed.prefix { $0 != "?" }
            guard route.contains(where: { $0.isASCII && ($0.isLetter || $0.isNumber) }) || !route.contains(where: { !$0.isASCII })
            else { return nil }
            self.init(scheme: base?.scheme ?? "", host: base?.host ?? "", path: Self.normalizedPath(trimmed))
            if let prefix = base?.path, prefix != "/" { path = Self.joined(prefix, path) }
            return
        }
        // `{host}/path`, `{{baseUrl}}/path`, `$HOST/path`: a placeholder, then a path.
        var first = trimmed.prefix { $0 != "/" }
        // `[ApiBaseUrl]/api/hotels/get`: a placeholder in brackets, named as a host.
        if first.hasPrefix("["), first.hasSuffix("]"), first.count > 2, Self.namesHost(String(first.dropFirst().dropLast())),
            trimmed.count > first.count
        {
            self.init(scheme: "https", host: "{" + first.dropFirst().dropLast() + "}", path: Self.normalizedPath(String(trimmed.dropFirst(first.count))))
            return
        }
        first = trimmed.prefix { $0 != "/" }
        // `SITE_ROOT/api/v3/checks/`: a name in capitals stands for the host too.
        let isCapitalName = first.count >= 3 && first.allSatisfy { $0.isUppercase || $0 == "_" || $0.isNumber }
            && first.first?.isLetter == true
        guard first.hasPrefix("{") || first.hasPrefix("$") || first.hasPrefix("<") || isCapitalName, first.count > 2,
            trimmed.count > first.count
        else { return nil }
        let name = first.filter { !"{}$<>".contains($0) }
        // `{corpToken}/query/{entity}`: a value that is no host's name is the path's first segment.
        if first.hasPrefix("{") || first.hasPrefix("<"), !Self.namesHost(name) {
            self.init(scheme: "", host: "", path: Self.normalizedPath("/" + trimmed))
            return
        }
        self.init(scheme: "https", host: "{" + name + "}", path: Self.normalizedPath(String(trimmed.dropFirst(first.count))))
    }

    /// Whether a placeholder's name says it stands for a host (`{host}`, `{{baseUrl}}`, `{调度中心根地址}`).
    static func namesHost(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return ["host", "domain", "server", "base", "url", "uri", "addr", "root", "endpoint", "origin", "site", "api", "gateway",
                "env", "地址", "域名", "服务", "网关", "根"].contains(where: lowered.contains)
            // `{ams-service}/role/export`: the service's base URL.
            || lowered.hasSuffix("service")
    }

    private init?(scheme: String, hostAndPath rest: Substring) {
        let pathStart = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let host = String(rest[..<pathStart])
        guard !host.isEmpty, !host.contains(" ") else { return nil }
        self.init(scheme: scheme, host: host.lowercased(), path: Self.normalizedPath(String(rest[pathStart...])))
    }

    /// What a URL label gives: a reference as above, or a path written without its leading
    /// slash (`favorite/[id]/toggle`), which a label's value can only be.
    public init?(labelValue text: String, base: OperationURL? = nil) {
        if let url = OperationURL(parsingReference: text, base: base) {
            self = url
            return
        }
        let trimmed = text.trimmingWhitespace()
        let first = trimmed.prefix { $0 != "/" }
        // `questions` alone: one route word, not a placeholder of the docs ("none", "TBD").
        let isWord = !trimmed.contains("/") && first.count >= 2 && first.first?.isLowercase == true
            && !["none", "null", "same", "tbd", "todo", "n/a", "url", "path"].contains(first.lowercased())
        guard trimmed.contains("/") || isWord, first.first?.isLetter == true, first.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
            trimmed.allSatisfy({ $0.isASCII && !$0.isWhitespace })
        else { return nil }
        self.init(parsingReference: "/" + trimmed, base: base)
    }

    /// No host is known: the docs gave the path alone.
    public var isRelative: Bool { host.isEmpty }

    /// A path to a source, configuration or archive file (`/doc/db/tables.sql`), which no
    /// service routes: a lone path like this is where a file is, not an endpoint.
    var isFile: Bool {
        guard let last = path.split(separator: "/").last, let dot = last.lastIndex(of: ".") else { return false }
        return Self.fileExtensions.contains(last[last.index(after: dot)...].lowercased())
    }

    private static let fileExtensions: Set<String> = [
        "sql", "properties", "java", "kt", "py", "go", "rb", "sh", "bat", "ps1", "yml", "yaml", "toml", "conf", "ini",
        "cfg", "jar", "war", "zip", "gz", "tgz", "tar", "rar", "7z", "md", "c", "h", "cpp", "swift", "ts", "tsx", "jsx",
        "vue", "css", "scss", "lock", "log", "pem", "crt", "png", "jpg", "jpeg", "gif", "svg", "ico", "exe", "dll", "so",
        "dmg", "apk", "ipa", "gradle", "env",
    ]

    /// The names of the path's `{name}` parameters, in order.
    public var pathParameters: [String] {
        path.split(separator: "/").compactMap { segment in
            guard let open = segment.firstIndex(of: "{"), let close = segment[open...].firstIndex(of: "}") else { return nil }
            let name = segment[segment.index(after: open)..<close]
            return name.isEmpty ? nil : String(name)
        }
    }

    /// The same path on `base`'s scheme and host (and under its path).
    public func resolved(against base: OperationURL) -> OperationURL {
        guard isRelative else { return self }
        return OperationURL(scheme: base.scheme, host: base.host, path: base.path == "/" ? path : Self.joined(base.path, path))
    }

    /// Without the query and fragment, and each path parameter as `{name}`.
    static func normalizedPath(_ text: String) -> String {
        // The query and fragment start outside braces; inside one, `#...` is a link some docs
        // put in a placeholder (`{guild.id#DOCS_GUILD/guild-object}` is `{guild.id}`).
        var path = ""
        var depth = 0
        var isSkipping = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            defer { index = next }
            // `/clients/#{client_id}`: Ruby's interpolation, a placeholder.
            if depth == 0, character == "#", next < text.endIndex, text[next] == "{" { continue }
            if depth == 0, character == "?" || character == "#" { break }
            if character == "{" { depth += 1 }
            if character == "}" {
                depth = max(0, depth - 1)
                isSkipping = false
            }
            if depth > 0, character == "#" { isSkipping = true }
            if !isSkipping { path.append(character) }
        }
        if path.isEmpty { return "/" }
        // `/stages/ID/delete`, `/contacts/CONTACT_ID`: a later segment in capitals that names
        // a value (an id, or words joined by `_`), in a path with lower-case words, stands
        // for one. `/graphspaces/DEFAULT` is a literal name; a path all in capitals too.
        let hasLowercase = path.contains { $0.isLowercase }
        var isFirst = true
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            defer { if !segment.isEmpty { isFirst = false } }
            if hasLowercase, !isFirst, segment.count >= 2, segment.first?.isUppercase == true,
                segment.allSatisfy({ ($0.isASCII && ($0.isUppercase || $0.isNumber)) || $0 == "_" }),
                segment.hasSuffix("ID") || segment.contains("_")
            {
                return "{" + segment + "}"
            }
            if segment.hasPrefix(":"), segment.count > 1 { return "{" + segment.dropFirst() + "}" }
            // `<id>`, and `<project-id>.json` with the format after it.
            if segment.hasPrefix("<"), let close = segment.firstIndex(of: ">"), segment.distance(from: segment.startIndex, to: close) > 1 {
                return "{" + segment[segment.index(after: segment.startIndex)..<close] + "}" + segment[segment.index(after: close)...]
            }
            if segment.hasPrefix("{{"), segment.hasSuffix("}}"), segment.count > 4 {
                return "{" + segment.dropFirst(2).dropLast(2) + "}"
            }
            if segment.hasPrefix("${"), segment.hasSuffix("}") { return String(segment.dropFirst()) }
            // `favorite/[id]/toggle`: a name in brackets.
            if segment.hasPrefix("["), segment.hasSuffix("]"), segment.count > 2, !segment.contains("/") {
                return "{" + segment.dropFirst().dropLast() + "}"
            }
            return String(segment)
        }
        return segments.joined(separator: "/")
    }

    private static func joined(_ prefix: String, _ path: String) -> String {
        (prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix) + path
    }

    public var description: String { isRelative ? path : "\(scheme)://\(host)\(path)" }
}
