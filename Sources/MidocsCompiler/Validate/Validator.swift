/// Checks the spec model and the pages for what a reader or an integrator would trip over.
/// Each check is a small type named after what it finds.
public struct Validator: Sendable {
    public var configuration: SiteConfiguration
    public var assetPaths: Set<String>

    public init(configuration: SiteConfiguration, assetPaths: Set<String>) {
        self.configuration = configuration
        self.assetPaths = assetPaths
    }

    init(_ content: Content) {
        self.init(configuration: content.configuration, assetPaths: Set(content.assets.map(\.path)))
    }

    public func validate(_ spec: Spec, _ documents: [MarkdownDocument]) -> [Diagnostic] {
        let index = SpecIndex(spec)
        return checkPages(documents, of: spec, index: index) + checkSite(spec, index: index)
    }

    /// The checks that need one page and the site's reference tables and anchors.
    /// Runs on all cores: the pages are split into batches, each checked on its own.
    func checkPages(_ documents: [MarkdownDocument], of spec: Spec, index: SpecIndex) -> [Diagnostic] {
        let batchSize = max(16, documents.count / 64)
        let batches = documents.windows(of: batchSize).map(\.elements)
        return batches.parallelMap { batch in
            var pages = spec
            pages.pages = batch.flatMap { index.pagesByFile[$0.file.path] ?? [] }
            pages.operations = batch.flatMap { index.operationsByFile[$0.file.path] ?? [] }
            pages.profileFacts = ProfileFacts()
            return checkBatch(batch, of: pages, index: index)
        }.flatMap { $0 }
    }

    /// `pages` is the spec with only the batch's pages and operations, and no examples of
    /// its own (those are checked against the whole site).
    private func checkBatch(_ documents: [MarkdownDocument], of pages: Spec, index: SpecIndex) -> [Diagnostic] {
        guard !documents.isEmpty else { return [] }
        let context = CheckContext(spec: pages, documents: documents, index: index)
        var diagnostics: [Diagnostic] = []
        diagnostics += BrokenLink(index: index, assetPaths: assetPaths).check(pages)
        // Its rule is GitHub's; other generators repeat ids in their own ways.
        if configuration.anchors == .github { diagnostics += DuplicateHeadingID().check(pages) }
        diagnostics += NestingTooDeep().check(documents)
        diagnostics += MalformedTableRow().check(context)
        diagnostics += UnknownScope().check(pages)
        diagnostics += UnknownErrorCode().check(context)
        diagnostics += IncompleteOperation().check(pages)
        diagnostics += DuplicateParameter().check(pages)
        diagnostics += JSONExampleMismatch().check(context)
        diagnostics += RequestExampleMismatch().check(context)
        diagnostics += RedirectExampleMismatch().check(context)
        return diagnostics
    }

    /// The checks that compare pages with each other, or examples with every operation.
    /// `index`, when given, is the one the page checks used for this spec.
    func checkSite(_ spec: Spec, index: SpecIndex? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        diagnostics += NavigationMismatch(configuration: configuration).check(spec)
        diagnostics += DuplicateSlug().check(spec)
        diagnostics += AnchorSchemeHint(scheme: configuration.anchors, index: index ?? SpecIndex(spec), assetPaths: assetPaths).check(spec)
        diagnostics += UnknownScopeAPI().check(spec)
        diagnostics += UnusedScope().check(spec)
        diagnostics += DuplicateErrorCode().check(spec)
        diagnostics += DuplicateOperation().check(spec)
        for check in configuration.profile.flatMap(Profile.named)?.checks ?? [] { diagnostics += check(spec) }
        return diagnostics
    }
}
