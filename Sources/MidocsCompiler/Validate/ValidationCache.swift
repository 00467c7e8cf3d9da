/// The page-by-page results of the checks that look at one page at a time, with what each
/// result depended on, so that a rebuild checks again only pages whose inputs changed.
public struct ValidationCache: Sendable {
    /// What every page's checks read from the rest of the site; when it changes, every page
    /// is checked again.
    struct Globals: Hashable, Sendable {
        var scopes: [Scope]
        var errorCodes: [ErrorCode]
        var slugs: Set<String>
        var assetPaths: Set<String>
    }

    /// What one page's checks read: its text, its operations as merged, and the anchors of
    /// the pages it links to (nil for a page that does not exist).
    struct PageKey: Hashable, Sendable {
        var source: String
        var operations: [Operation]
        var linkedAnchors: [String: Set<String>?]
    }

    struct PageResult: Sendable {
        var key: PageKey
        var diagnostics: [Diagnostic]
    }

    var globals: Globals?
    var pages: [String: PageResult] = [:]
    /// The site-wide look-ups and the findings of the checks that compare pages, kept for a
    /// rebuild whose model did not change.
    var index: SpecIndex?
    var siteDiagnostics: [Diagnostic] = []

    public init() {}
}
