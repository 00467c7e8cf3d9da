/// What `page.mustache` renders: one page with its navigation, all values ready to print.
struct PageView {
    struct NavigationGroup: Hashable {
        var title: String
        var pages: [NavigationItem]
        /// Pages of a large group left out of this page's sidebar.
        var hiddenCount: Int
        /// Stored, not computed: Mustache reads values through reflection.
        var hasHidden: Bool
    }

    struct NavigationItem: Hashable {
        var title: String
        var href: String
        var isCurrent: Bool
    }

    struct TableOfContentsEntry: Hashable {
        var id: String
        var title: String
        var isSubsection: Bool
    }

    struct PagerLink: Hashable {
        var title: String
        var href: String
    }

    var siteTitle: String
    /// From this page back to the top of the site (`../` for `guide/auth`), for the links
    /// to the site's own files.
    var root: String
    var pageTitle: String
    var slug: String
    var pageKind: String
    var content: String
    var navigation: [NavigationGroup]
    var toc: [TableOfContentsEntry]
    var hasToc: Bool
    var previous: PagerLink?
    var next: PagerLink?
}
