/// Where the site's files are, as a twin or llms.txt links to them: under site.yml's
/// `baseURL` when there is one (`https://dev.mi.com/docs/passport/open-api.html`), since
/// an agent often reads a twin away from the site; else relative to the linking file
/// (`../open-api.html` from `guide/auth.html.md`).
struct SiteAddress: Sendable, Hashable {
    /// The base URL with its final slash, or the way back to the site's top.
    let prefix: String

    /// `slug` is the linking page's; nil for a file at the site's top, such as llms.txt.
    init(baseURL: String, from slug: String?) {
        let base = baseURL.trimmingWhitespace()
        if !base.isEmpty {
            prefix = base.hasSuffix("/") ? base : base + "/"
        } else {
            prefix = slug.map(Link.root(of:)) ?? ""
        }
    }

    /// The address of a file of the site, by its path there: `open-api.html#scope-1`.
    func url(_ path: String) -> String {
        prefix + path
    }

    /// A link's destination as written on the page `slug`, turned into the site's address:
    /// `scope-list.md#scope-table` is `<prefix>scope-list.html#scope-table`, an image beside
    /// the page is `<prefix>images/flow.svg`; other sites are left as written.
    func destination(_ written: String, onPage slug: String, pages: [String: Page], scheme: HeadingIDScheme) -> String {
        switch Link.target(of: written, onPage: slug, scheme: scheme) {
        case .page(let target, let fragment):
            return url(target + ".html" + (fragment.map { "#\($0)" } ?? ""))
        case .file(let path):
            if let page = Link.page(named: path, in: pages) {
                let fragment = written.firstIndex(of: "#").map { String(written[$0...]) } ?? ""
                return url(page + ".html" + fragment)
            }
            return url(path)
        case .external:
            return written
        }
    }
}
