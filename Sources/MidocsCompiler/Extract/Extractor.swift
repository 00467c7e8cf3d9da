/// Turns parsed documents into the typed spec model. Reads on after a mistake, which it
/// reports as a diagnostic.
public struct Extractor: Sendable {
    public var configuration: SiteConfiguration

    public init(configuration: SiteConfiguration) {
        self.configuration = configuration
    }

    public func extract(_ documents: [MarkdownDocument], diagnostics: inout [Diagnostic]) -> Spec {
        let pageExtractor = PageExtractor(configuration: configuration)
        let pages = documents.map { pageExtractor.extract($0, diagnostics: &diagnostics) }
        return Spec(title: configuration.title, pages: pages.sorted { $0.slug < $1.slug })
    }
}
