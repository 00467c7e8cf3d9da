/// Everything a page's HTML is made from, besides the templates and the configuration
/// (whose change makes every page render again). Equal keys give equal bytes, so a rebuild
/// reuses the HTML of every page whose key did not change.
struct PageRenderKey: Hashable, Sendable {
    /// The page's own text: its blocks and the roles the extractor gave them follow from it.
    var source: String
    var page: Page
    /// The site's title, which without site.yml is the home page's.
    var siteTitle: String
    /// The operations written on the page, as merged: their cards and tables show them.
    var operations: [Operation]
    /// The Swift of their cards' "Try it" parts, whose names the other operations decide too.
    var swiftSnippets: [String?]
    /// Where scope and error rows live, for the links in operation cards.
    var links: ModelHTML.Links
    /// Only on a page that holds the scope or error table, which lists every scope or error
    /// code and the operations that use it.
    var tables: ModelHTML.Tables?
    var navigation: [PageView.NavigationGroup]
    var previous: PageView.PagerLink?
    var next: PageView.PagerLink?
}

/// A page's HTML with the key it was made from.
struct RenderedPage: Sendable {
    var key: PageRenderKey
    var file: OutputFile
}
