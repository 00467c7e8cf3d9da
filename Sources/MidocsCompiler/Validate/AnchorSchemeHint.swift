/// Says which `anchors:` scheme would mend most broken links to headings, when most of
/// them would resolve under one: docs written for docsify or MkDocs link to the ids those
/// generators make, and a first build with GitHub's ids reports every such link.
struct AnchorSchemeHint {
    let scheme: HeadingIDScheme
    let index: SpecIndex
    /// The content folder's files: a link to a file counts as broken when it names none.
    let assetPaths: Set<String>

    func check(_ spec: Spec) -> [Diagnostic] {
        var broken: [(link: Link, page: Page)] = []
        for page in spec.pages {
            for link in page.links where !resolves(link.target, ids: { index.headingIDsBySlug[$0] }) {
                broken.append((link, page))
            }
        }
        guard let first = broken.first else { return [] }
        // A share is all the hint needs: an even sample keeps a folder with thousands of
        // broken links from costing thousands of pages' ids per scheme.
        let total = broken.count
        if broken.count > Self.sampleSize {
            let step = Double(broken.count) / Double(Self.sampleSize)
            broken = (0..<Self.sampleSize).map { broken[Int(Double($0) * step)] }
        }
        var best: (scheme: HeadingIDScheme, count: Int)?
        for other in HeadingIDScheme.allCases where other != scheme {
            var ids: [String: Set<String>] = [:]
            let lookUp = { (slug: String) -> Set<String>? in
                if let known = ids[slug] { return known }
                guard let page = index.pagesBySlug[slug] else { return nil }
                var generator = HeadingIDGenerator(scheme: other)
                let made = Set(page.headings.map { generator.makeID(for: $0.title) } + (page.anchors ?? []))
                ids[slug] = made
                return made
            }
            let count = broken.count { resolves(Link.target(of: $0.link.destination, onPage: $0.page.slug, scheme: other), ids: lookUp) }
            if count > best?.count ?? 0 { best = (other, count) }
        }
        guard let best, best.count * 2 > broken.count else { return [] }
        return [
            Diagnostic(
                .warning, code: .anchorScheme,
                message: "\(Self.share(best.count, of: broken.count, total: total)) links to missing pages, files or headings would resolve with \(best.scheme.rawValue)'s "
                    + "heading ids and links; if these docs were written for \(best.scheme.rawValue), add 'anchors: \(best.scheme.rawValue)' to site.yml",
                range: first.link.range)
        ]
    }

    static let sampleSize = 400

    /// "12 of the 14", or for a sample "about 80% of the 5,000".
    private static func share(_ count: Int, of checked: Int, total: Int) -> String {
        checked == total ? "\(count) of the \(total)" : "about \(count * 100 / checked)% of the \(total)"
    }

    private func resolves(_ target: Link.Target, ids: (String) -> Set<String>?) -> Bool {
        if case .file(let path) = target { return BrokenLink.fileExists(path, assetPaths: assetPaths, index: index) }
        guard case .page(let slug, let fragment) = target else { return true }
        guard let known = ids(slug) else { return false }
        guard let fragment, !fragment.isEmpty else { return true }
        return known.contains(fragment)
    }
}
