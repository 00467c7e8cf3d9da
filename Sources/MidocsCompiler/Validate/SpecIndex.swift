/// Look-ups over a spec built once, so that a check never searches every page per link.
struct SpecIndex {
    let pagesBySlug: [String: Page]
    let headingIDsBySlug: [String: Set<String>]

    init(_ spec: Spec) {
        pagesBySlug = Dictionary(spec.pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        headingIDsBySlug = pagesBySlug.mapValues { Set($0.headings.map(\.id)) }
    }
}
