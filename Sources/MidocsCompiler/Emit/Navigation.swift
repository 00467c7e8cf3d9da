/// The reading order of the site: the configured groups, then any page no group lists.
struct Navigation {
    struct Group {
        var title: String
        var pages: [Page]
    }

    let groups: [Group]
    /// Every page once, in reading order, for previous and next links.
    let order: [Page]

    init(spec: Spec, configuration: SiteConfiguration) {
        let pagesBySlug = Dictionary(spec.pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var groups = configuration.groups.map { group in
            Group(title: group.title, pages: group.pages.compactMap { pagesBySlug[$0] })
        }
        let listed = Set(configuration.groups.flatMap(\.pages))
        let unlisted = spec.pages.filter { !listed.contains($0.slug) }
        if !unlisted.isEmpty {
            groups.append(Group(title: configuration.groups.isEmpty ? "Pages" : "More", pages: unlisted))
        }
        var seen = Set<String>()
        self.groups = groups
        self.order = groups.flatMap(\.pages).filter { seen.insert($0.slug).inserted }
    }
}
