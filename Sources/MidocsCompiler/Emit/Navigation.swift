/// The reading order of the site: the configured groups, then any page no group lists;
/// without groups in site.yml, the folder tree.
struct Navigation {
    struct Group {
        var title: String
        var pages: [Page]
        /// Each page's place in `pages`, so a large group is not searched once per page.
        var positions: [String: Int] = [:]
    }

    let groups: [Group]
    /// Every page once, in reading order, for previous and next links.
    let order: [Page]

    init(spec: Spec, configuration: SiteConfiguration) {
        let pagesBySlug = Dictionary(spec.pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var groups = configuration.groups.map { group in
            Group(title: group.title, pages: group.pages.compactMap { pagesBySlug[$0] })
        }
        if configuration.groups.isEmpty {
            groups = FolderTree(spec.pages).groups.map { Group(title: $0.title, pages: $0.pages) }
        } else {
            let listed = Set(configuration.groups.flatMap(\.pages))
            let unlisted = spec.pages.filter { !listed.contains($0.slug) }
            if !unlisted.isEmpty { groups.append(Group(title: "More", pages: unlisted)) }
        }
        var seen = Set<String>()
        for index in groups.indices {
            groups[index].positions = Dictionary(
                groups[index].pages.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        }
        self.groups = groups
        self.order = groups.flatMap(\.pages).filter { seen.insert($0.slug).inserted }
        self.positions = Dictionary(order.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Each page's place in the reading order.
    let positions: [String: Int]
}
