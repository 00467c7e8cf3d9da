/// What one page yields on its own, before pages are merged: it depends only on the page's
/// text and the configuration, so a rebuild reuses it for every page that did not change.
struct PageExtraction: Sendable, Equatable {
    var page: Page
    var found: OperationExtractor.Result
    var diagnostics: [Diagnostic]
}
