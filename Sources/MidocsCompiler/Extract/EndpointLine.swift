/// A line that declares an endpoint: `GET /path`, `POST https://host/path HTTP/1.1`,
/// `[GET] /api/v3/order`, `DELETE {host}/items/:id`.
struct EndpointLine: Equatable {
    var method: HTTPMethod
    var url: OperationURL
    /// The URL has a query string with values (`?currency=BTC`): a filled-in request, so an
    /// example of the endpoint rather than its declaration.
    var isExample: Bool
    /// Query parameters the URL names with placeholders: `?appKey={appKey}` gives `appKey`.
    var queryNames: [String] = []
    /// Query parameters the URL shows with values (`?from=0&limit=10`).
    var filledInNames: [String] = []

    /// Reads one line. `strict` (for prose and headings) wants the method in capitals, as
    /// a sentence starting "Get /users ..." is not a declaration.
    init?(_ line: String, strict: Bool = false, titled: Bool = false) {
        // Nearly every line is prose: reject it by its bytes before splitting it into words.
        guard Self.mayDeclare(line, strict: strict, titled: titled) else { return nil }
        if titled, let found = Self.parenthesized(line, strict: strict) {
            self = found
            return
        }
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{2003}" || $0 == "\u{00A0}" })
            .map { String($0).trimmingCharacters(in: "`*[]:：") }
            .filter { !$0.isEmpty }
        // `GET /path HTTP/1.1`, as a raw request's first line ends.
        if words.count == 3, words[2].uppercased().hasPrefix("HTTP/") { words.removeLast() }
        // `GET /boards - Get a list of boards`: a heading's request line, then its title.
        if titled, words.count > 3, ["-", "–", "—", ":", "|"].contains(words[2]) { words.removeSubrange(2...) }
        // `Get Current Application % GET /applications/@me`: its title, then its request line.
        if titled, words.count > 2, HTTPMethod(parsing: words[words.count - 2]) != nil,
            words[words.count - 2] == words[words.count - 2].uppercased()
        {
            // "Endpoint Examples for POST /api/v3/order": a section of examples of it.
            let title = words[0..<(words.count - 2)].joined(separator: " ").lowercased()
            if ["example", "sample", "示例"].contains(where: title.contains) { return nil }
            words.removeSubrange(0..<(words.count - 2))
        }
        guard words.count == 2, words[0].count <= 20, !Self.isMediaType(words[1]) else { return nil }
        if strict, words[0] != words[0].uppercased() { return nil }
        guard let method = HTTPMethod(parsing: words[0]) ?? Self.firstOfSeveral(words[0]) else { return nil }
        var target = words[1]
        // `GET v1/Orders`: a path written without its first slash.
        let firstSegment = target.prefix { $0 != "/" }
        if !target.hasPrefix("/"), !target.contains("://"), target.contains("/"), target.first?.isLetter == true || target.first == "_",
            !firstSegment.contains("."), firstSegment != firstSegment.uppercased()
        {
            target = "/" + target
        }
        // `/purge_history/<room_id>[/<event_id>]`: the route without its optional tail.
        if let optional = target.range(of: "[/") { target = String(target[..<optional.lowerBound]) }
        guard let url = OperationURL(parsingReference: target) else { return nil }
        self.method = method
        self.url = url
        let placeholders = Self.queryPlaceholders(in: target)
        self.queryNames = placeholders
        self.filledInNames = Self.queryPairs(in: target).map(\.name).filter { !$0.isEmpty && !placeholders.contains($0) }
        // Values filled in (`?currency=BTC`) make an example; placeholders a declaration.
        self.isExample = target.firstIndex(of: "?").map { target[$0...].contains("=") } ?? false
        if isExample, !queryNames.isEmpty, Self.queryPairs(in: target).allSatisfy({ Self.isPlaceholder($0.value) }) {
            isExample = false
        }
    }

    /// `application/json` after a method (`POST application/json`) is what the body is, not a path.
    static func isMediaType(_ word: String) -> Bool {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let top = parts.first, !parts[1].isEmpty else { return false }
        return ["application", "text", "multipart", "image", "audio", "video", "font"].contains(top.lowercased())
    }

    /// A heading that puts its request line in parentheses: `Get all notes (`GET /notes`)`
    /// after its title, or `` `/checks/:check` (GET) ``, the method after the route.
    private static func parenthesized(_ line: String, strict: Bool) -> EndpointLine? {
        let trimmed = String(line.trimmingWhitespace())
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
        let inner = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmingCharacters(in: "` ")
        let before = String(trimmed[..<open]).trimmingWhitespace()
        if let method = HTTPMethod(parsing: inner), inner == inner.uppercased() {
            let route = before.trimmingCharacters(in: "`")
            guard route.hasPrefix("/"), !route.contains(" ") else { return nil }
            return EndpointLine("\(method.rawValue) \(route)")
        }
        let title = before.lowercased()
        guard !before.isEmpty, !["example", "sample", "示例"].contains(where: title.contains) else { return nil }
        return EndpointLine(inner, strict: strict)
    }

    /// `GET/HEAD`, `PUT|PATCH`: one route with several methods is read with the first that
    /// is not HEAD (the others are the same route).
    private static func firstOfSeveral(_ word: String) -> HTTPMethod? {
        let methods = word.split(whereSeparator: { $0 == "/" || $0 == "|" || $0 == "," }).map { HTTPMethod(parsing: String($0)) }
        guard methods.count > 1, methods.allSatisfy({ $0 != nil }) else { return nil }
        return methods.compactMap { $0 }.first { $0 != .head } ?? .head
    }

    /// Whether a line can be a request line: one that starts with a method's first letter
    /// (after `` ` ``, `*` or `[`), or, for a heading, holds a path.
    private static func mayDeclare(_ line: String, strict: Bool, titled: Bool) -> Bool {
        let utf8 = line.utf8
        guard let first = utf8.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != UInt8(ascii: "`") && $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "[") })
        else { return false }
        let letters = strict ? "GPDHOMR" : "GPDHOMRgpdhomr"
        if letters.utf8.contains(first) {
            return utf8.contains(UInt8(ascii: "/")) || utf8.contains(UInt8(ascii: "{")) || utf8.contains(UInt8(ascii: "$"))
        }
        return titled && utf8.contains(UInt8(ascii: "/"))
    }

    /// `a={a}&b=<b>`: the names whose values are placeholders.
    static func queryPlaceholders(in target: String) -> [String] {
        queryPairs(in: target).filter { isPlaceholder($0.value) }.map(\.name)
    }

    static func queryPairs(in target: String) -> [(name: String, value: String)] {
        guard let mark = target.firstIndex(of: "?") else { return [] }
        return target[target.index(after: mark)...].split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
        }
    }

    static func isPlaceholder(_ value: String) -> Bool {
        (value.hasPrefix("{") && value.hasSuffix("}")) || (value.hasPrefix("<") && value.hasSuffix(">")) || value.hasPrefix(":")
            || isNamedPlaceholder(value)
    }

    /// `ACCESS_TOKEN`, `YOUR_APP_KEY`: a value named in capitals, to be filled in. A short
    /// word in capitals (`BTC`, `ASC`) is a value itself.
    private static func isNamedPlaceholder(_ value: String) -> Bool {
        value.contains("_") && value.count >= 4 && value.allSatisfy { ($0.isASCII && $0.isUppercase) || $0.isNumber || $0 == "_" }
    }

    /// The endpoints a fenced block declares: every line when each is one (`GET /a` then
    /// `GET /b`), else its first line (a raw request, headers and body after it). The
    /// `Host:` header, when there is one, is returned too, for a relative path.
    static func endpoints(inCode text: String) -> (lines: [EndpointLine], host: String?)? {
        // Most code is an example: its first line, alone, says so before the rest is split.
        let firstLine = text.utf8.split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: true).first
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        // `GET photos` alone in its block: a route of one segment, written without its slash.
        let trimmed = firstLine.trimmingWhitespace()
        let parts = trimmed.split(separator: " ")
        if parts.count == 2, text.trimmingWhitespace() == trimmed, let method = HTTPMethod(parsing: String(parts[0])), parts[0] == parts[0].uppercased(),
            parts[1].count >= 2, parts[1].allSatisfy({ ($0.isASCII && $0.isLowercase) || $0 == "_" }),
            let line = EndpointLine("\(method.rawValue) /\(parts[1])")
        {
            return ([line], nil)
        }
        guard EndpointLine(trimmed) != nil else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
        guard let first = lines.first, let declared = EndpointLine(first) else { return nil }
        let all = lines.compactMap { EndpointLine($0) }
        if all.count == lines.count { return (all, nil) }
        let host = lines.dropFirst().first { $0.lowercased().hasPrefix("host:") }
            .map { String($0.dropFirst(5)).trimmingWhitespace() }
        return ([declared], host)
    }
}
