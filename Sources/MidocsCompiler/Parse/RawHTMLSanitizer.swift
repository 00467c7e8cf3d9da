/// Raw HTML written in a page, cut down to what GitHub shows: an allowlist of tags and of
/// their attributes, link and image URLs with a safe scheme only. Everything else goes:
/// `<script>` and `<style>` with their content, event handlers (`onerror=`), `style=`,
/// `javascript:` URLs, comments. A tag that is not allowed is dropped and its text kept.
/// The output is rebuilt from the tokens read, never copied, so no unread byte reaches it.
struct RawHTMLSanitizer {
    /// Turns an `href` as written into the one to emit (`auth.md` → `auth.html`).
    var rewriteDestination: (String) -> String = { $0 }

    /// Tags kept, with the attributes each may carry besides the shared ones.
    static let allowedTags: [String: Set<String>] = [
        "a": ["href", "name"], "abbr": [], "b": [], "bdi": [], "bdo": [], "blockquote": ["cite"], "br": [],
        "caption": [], "cite": [], "code": [], "col": ["span"], "colgroup": ["span"], "dd": [],
        "del": ["cite", "datetime"], "details": ["open"], "dfn": [], "div": [], "dl": [], "dt": [], "em": [],
        "figcaption": [], "figure": [], "h1": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [], "hr": [], "i": [],
        "img": ["src", "alt", "width", "height"], "ins": ["cite", "datetime"], "kbd": [], "li": ["value"], "mark": [],
        "ol": ["start", "reversed", "type"], "p": [], "picture": [], "pre": [], "q": ["cite"], "rp": [], "rt": [],
        "ruby": [], "s": [], "samp": [], "small": [], "span": [], "strong": [], "sub": [], "summary": [], "sup": [],
        "table": [], "tbody": [], "td": ["colspan", "rowspan"], "tfoot": [], "th": ["colspan", "rowspan", "scope"],
        "thead": [], "time": ["datetime"], "tr": [], "u": [], "ul": [], "var": [], "wbr": [],
    ]
    /// Attributes any allowed tag may carry.
    static let sharedAttributes: Set<String> = ["id", "title", "lang", "dir"]
    /// Tags whose content is code or another document: dropped whole.
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "textarea", "title", "xmp", "noembed", "noframes", "plaintext", "noscript",
        "object", "embed", "template", "svg", "math", "frameset", "frame", "applet", "select", "option",
    ]
    static let booleanAttributes: Set<String> = ["open", "reversed"]
    static let voidTags: Set<String> = ["br", "hr", "img", "wbr", "col", "source", "input", "meta", "link"]
    /// URL schemes a link or image may use; a URL without a scheme is relative, and kept.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The raw tags left open, so that HTML spread over blocks (`<details>`, Markdown, then
    /// `</details>`) stays whole and a stray end tag cannot close the page's own elements.
    final class OpenTags {
        var names: [String] = []

        /// End tags for what is still open, innermost first; the page ends here.
        func closeAll() -> String {
            defer { names.removeAll() }
            return names.reversed().map { "</\($0)>" }.joined()
        }
    }

    let open = OpenTags()

    func sanitize(_ html: String) -> String {
        var output = ""
        // Content dropped with its tag ends with the block at the latest: an unclosed
        // `<svg>` must not hide the rest of the page.
        var skippingUntil: String?
        for token in RawHTMLTokenizer.tokens(of: html) {
            if let skipped = skippingUntil {
                if case .endTag(let name) = token, name == skipped { skippingUntil = nil }
                continue
            }
            switch token {
            case .text(let text):
                output += Self.escapeText(text)
            case .startTag(let name, let attributes, _):
                if Self.droppedWithContent.contains(name) {
                    if !Self.voidTags.contains(name) { skippingUntil = name }
                    continue
                }
                guard let allowed = Self.allowedTags[name] else { continue }
                output += "<" + name
                for (attribute, value) in cleaned(attributes, of: name, allowed: allowed) {
                    output += value.isEmpty && Self.booleanAttributes.contains(attribute) ? " \(attribute)" : " \(attribute)=\"\(HTMLEscaping.escape(value))\""
                }
                output += ">"
                if !Self.voidTags.contains(name) { open.names.append(name) }
            case .endTag(let name):
                guard let position = open.names.lastIndex(of: name) else { continue }
                for inner in open.names[position...].reversed() { output += "</\(inner)>" }
                open.names.removeSubrange(position...)
            }
        }
        return output
    }

    /// The attributes kept, in the order written: allowed names, safe URLs, `name` on a
    /// link made its `id` (HTML5 has no `name` there), and an image always with `alt`.
    private func cleaned(_ attributes: [RawHTMLTokenizer.Attribute], of tag: String, allowed: Set<String>) -> [(String, String)] {
        var kept: [(String, String)] = []
        for attribute in attributes where allowed.contains(attribute.name) || Self.sharedAttributes.contains(attribute.name) {
            let (name, value) = (attribute.name, attribute.value)
            guard !kept.contains(where: { $0.0 == name }) else { continue }
            switch name {
            case "href", "cite":
                guard Self.isSafe(value, image: false) else { continue }
                kept.append((name, name == "href" ? rewriteDestination(value) : value))
            case "src":
                guard Self.isSafe(value, image: true) else { continue }
                kept.append((name, value))
            case "name":
                if !attributes.contains(where: { $0.name == "id" }), !value.isEmpty { kept.append(("id", value)) }
            default:
                kept.append((name, value))
            }
        }
        if tag == "img", !kept.contains(where: { $0.0 == "alt" }) { kept.append(("alt", "")) }
        return kept
    }

    /// A URL with no scheme or an allowed one (an image may also be a data URL of a common
    /// image type). Control characters and spaces are ignored first, as browsers do.
    static func isSafe(_ url: String, image: Bool) -> Bool {
        let cleaned = String(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
        guard let colon = cleaned.firstIndex(of: ":") else { return true }
        let scheme = cleaned[..<colon]
        // A colon after a path, query or fragment start belongs to them, not to a scheme.
        if scheme.contains(where: { "/?#".contains($0) }) { return true }
        if image, scheme == "data" { return !HTMLEscaping.isDangerousURL(cleaned) }
        return allowedSchemes.contains(String(scheme))
    }

    /// Text between tags: entities as written stay (`&nbsp;`), any other `&`, `<` or `>` is
    /// escaped.
    static func escapeText(_ text: String) -> String {
        var output = ""
        var rest = text[...]
        while let index = rest.firstIndex(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" }) {
            output += rest[..<index]
            switch rest[index] {
            case "&":
                let candidate = rest[index...].prefix(12)
                if let end = candidate.firstIndex(of: ";"), candidate[candidate.index(after: index)..<end].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "#" }),
                    candidate.index(after: index) < end
                {
                    output += rest[index...end]
                    rest = rest[rest.index(after: end)...]
                    continue
                }
                output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            default: output += "&quot;"
            }
            rest = rest[rest.index(after: index)...]
        }
        return output + rest
    }
}
