/// An endpoint written as HTML, as docs generators' themes and components do: a block whose
/// text is a request line once its tags are gone
/// (`<div class="endpoint"><i>POST</i><h6>/v3/coupons</h6></div>`), or an element with method
/// and path attributes (`<ApiEndpoint path="/api/events" method="get">`), which opens a
/// section of its own.
enum HTMLEndpoint {
    /// The request line of a block of HTML, from its text or its attributes.
    static func endpoint(in html: String) -> (line: EndpointLine, isElement: Bool)? {
        if let method = attribute(["method", "verb"], in: html), let path = attribute(["path", "url", "endpoint", "route"], in: html),
            let line = EndpointLine("\(method) \(path)")
        {
            return (line, true)
        }
        let text = decodingEntities(html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression))
        // Markdown inside the HTML stays as written (MkDocs' `<div markdown>`): a list
        // bullet and marks around the method (`- **[ GET ]** /path`) are not words.
        let words = text.split(whereSeparator: \.isWhitespace).map { String($0).trimmingCharacters(in: "*_`[]") }
            .filter { !$0.isEmpty && $0 != "-" && $0 != "+" }
        // `<details><summary><code>GET</code> <code>/overview</code> (what it does)</summary>`:
        // a collapsible section's summary starts with the request line and may say more.
        let isSummary = words.count > 2 && html.range(of: "<summary", options: .caseInsensitive) != nil
        guard words.count == 2 || isSummary, var line = EndpointLine(words.prefix(2).joined(separator: " "), strict: true) else { return nil }
        // A summary is the declaration even with example values in its query.
        if isSummary { line.isExample = false }
        return (line, false)
    }

    /// `&lt;id&gt;` is `<id>`: the few entities a path is written with.
    private static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: " ")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The value of the first of `names` the opening tag (its first line) sets: `method="get"`.
    /// A value may hold `<` and `>` (`path="/api/logbook/<timestamp>"`).
    private static func attribute(_ names: [String], in html: String) -> String? {
        let tag = html.prefix { $0 != "\n" }
        for name in names {
            let pattern = "[\\s]" + name + "\\s*=\\s*[\"']([^\"']+)[\"']"
            guard let range = tag.range(of: pattern, options: [.regularExpression, .caseInsensitive]) else { continue }
            let found = tag[range]
            guard let open = found.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { continue }
            return String(found[found.index(after: open)...].dropLast())
        }
        return nil
    }
}
