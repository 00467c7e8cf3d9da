/// What the site shows of raw HTML written in pages (site.yml `rawHTML:`).
public enum RawHTMLPolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// GitHub's allowed subset: tags and attributes on an allowlist, safe URLs only.
    case github
    /// None: each raw HTML block or tag is left out, as cmark's safe mode does.
    case none
}
