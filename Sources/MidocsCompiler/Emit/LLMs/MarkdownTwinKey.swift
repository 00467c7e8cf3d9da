/// Everything a page's twin is made from besides the configuration (whose change makes
/// every twin again). Equal keys give equal twins, so a rebuild reuses the twin of every
/// page whose key did not change.
struct MarkdownTwinKey: Hashable, Sendable {
    /// The page's own text: its blocks and the roles the extractor gave them follow from it.
    var source: String
    var page: Page
    /// The operations written on the page, as merged.
    var operations: [Operation]
    /// The scopes and error codes those operations name, whose descriptions the twin writes.
    var scopes: [Scope]
    var errorCodes: [ErrorCode]
    /// Only on a page that holds the scope or error table, which lists every scope or error
    /// code and the operations that use it.
    var tables: ModelHTML.Tables?
}
