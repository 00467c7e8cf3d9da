/// Checks the spec model and the pages for what a reader or an integrator would trip over.
/// Each check is a small type named after what it finds.
public struct Validator: Sendable {
    public var configuration: SiteConfiguration
    public var assetPaths: Set<String>

    public init(configuration: SiteConfiguration, assetPaths: Set<String>) {
        self.configuration = configuration
        self.assetPaths = assetPaths
    }

    public func validate(_ spec: Spec, _ documents: [MarkdownDocument]) -> [Diagnostic] {
        validate(spec, documents, reusing: ValidationCache()).diagnostics
    }

    /// Checks that look at one page at a time run only on pages whose inputs differ from
    /// `earlier`'s; the checks that compare pages with each other always run. With
    /// `onlyChanged`, the model is the one `earlier` checked and only those pages' text
    /// changed: nothing else is looked at.
    /// Without `keeping`, nothing is cached and every page is checked (a one-off build).
    func validate(
        _ spec: Spec, _ documents: [MarkdownDocument], reusing earlier: ValidationCache, onlyChanged: Set<String>? = nil,
        keeping: Bool = true
    ) -> (diagnostics: [Diagnostic], cache: ValidationCache) {
        if let onlyChanged, let index = earlier.index {
            return revalidate(onlyChanged, of: spec, documents, earlier: earlier, index: index)
        }
        let index = SpecIndex(spec, reusing: earlier.index)
        guard keeping else { return (validate(spec, .held(documents), index: index), ValidationCache()) }
        let globals = ValidationCache.Globals(
            scopes: spec.scopes, errorCodes: spec.errorCodes, slugs: Set(index.pagesBySlug.keys), assetPaths: assetPaths)
        let reusable = earlier.globals == globals ? earlier.pages : [:]
        let changedSlugs = earlier.index.map { changedAnchors(index, since: $0) }
        let keys = documents.map { document in
            let page = index.pagesBySlug[document.file.slug]
            // The last build's anchors, when the page links to the same pages and none of
            // them changed: the same storage, so comparing the keys costs nothing.
            let anchors: [String: Set<String>?]
            if let changedSlugs, let old = earlier.pages[document.file.path]?.key,
                page?.links == earlier.index?.pagesBySlug[document.file.slug]?.links,
                !old.linkedAnchors.keys.contains(where: changedSlugs.contains)
            {
                anchors = old.linkedAnchors
            } else {
                anchors = linkedAnchors(of: page, index: index)
            }
            return ValidationCache.PageKey(
                source: document.file.text, operations: index.operationsByFile[document.file.path] ?? [],
                linkedAnchors: anchors)
        }
        let stale = zip(documents, keys).filter { reusable[$0.0.file.path]?.key != $0.1 }.map(\.0)
        let local = checkPages(stale, of: spec, index: index)

        var cache = ValidationCache()
        cache.globals = globals
        let staleFiles = Set(stale.map(\.file.path))
        let byFile = Dictionary(grouping: local, by: { $0.range?.start.file ?? "" })
        var diagnostics: [Diagnostic] = []
        for (document, key) in zip(documents, keys) {
            let path = document.file.path
            let found = staleFiles.contains(path) ? byFile[path] ?? [] : reusable[path]?.diagnostics ?? []
            cache.pages[path] = ValidationCache.PageResult(key: key, diagnostics: found)
            diagnostics += found
        }
        // A finding outside the pages checked would be lost by the cache: keep it, cache nothing.
        let unplaced = byFile.filter { !staleFiles.contains($0.key) }.flatMap(\.value)
        if !unplaced.isEmpty {
            diagnostics += unplaced
            cache = ValidationCache()
        }
        cache.index = index
        cache.siteDiagnostics = checkSite(spec)
        return (diagnostics + cache.siteDiagnostics, cache)
    }

    /// A one-off build's checks, with nothing cached. The pages are checked a window at a
    /// time, so that pages parsed again are held only a window at a time.
    func validate(_ spec: Spec, _ trees: PageTrees, index: SpecIndex? = nil) -> [Diagnostic] {
        let index = index ?? SpecIndex(spec)
        return trees.flatMapWindows(of: 1024) { checkPages($0, of: spec, index: index) } + checkSite(spec)
    }

    private func revalidate(
        _ changed: Set<String>, of spec: Spec, _ documents: [MarkdownDocument], earlier: ValidationCache, index: SpecIndex
    ) -> (diagnostics: [Diagnostic], cache: ValidationCache) {
        let stale = documents.filter { changed.contains($0.file.path) }
        let byFile = Dictionary(grouping: checkPages(stale, of: spec, index: index), by: { $0.range?.start.file ?? "" })
        var cache = earlier
        for document in stale {
            let path = document.file.path
            guard let old = earlier.pages[path] else { return validate(spec, documents, reusing: ValidationCache()) }
            var key = old.key
            key.source = document.file.text
            cache.pages[path] = ValidationCache.PageResult(key: key, diagnostics: byFile[path] ?? [])
        }
        guard byFile.keys.allSatisfy(changed.contains) else { return validate(spec, documents, reusing: ValidationCache()) }
        let diagnostics = documents.flatMap { cache.pages[$0.file.path]?.diagnostics ?? [] } + cache.siteDiagnostics
        return (diagnostics, cache)
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
            pages.signatureExamples = []
            pages.redirectURIExamples = []
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
        diagnostics += DuplicateHeadingID().check(pages)
        diagnostics += NestingTooDeep().check(documents)
        diagnostics += MalformedTableRow().check(context)
        diagnostics += UnknownScope().check(pages)
        diagnostics += UnknownErrorCode().check(context)
        diagnostics += IncompleteOperation().check(pages)
        diagnostics += DuplicateParameter().check(pages)
        diagnostics += JSONExampleMismatch().check(context)
        diagnostics += RedirectExampleMismatch().check(context)
        return diagnostics
    }

    /// The checks that compare pages with each other, or examples with every operation.
    func checkSite(_ spec: Spec) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        diagnostics += NavigationMismatch(configuration: configuration).check(spec)
        diagnostics += DuplicateSlug().check(spec)
        diagnostics += UnknownScopeAPI().check(spec)
        diagnostics += UnusedScope().check(spec)
        diagnostics += DuplicateErrorCode().check(spec)
        diagnostics += DuplicateOperation().check(spec)
        diagnostics += SignatureMismatch().check(spec)
        diagnostics += RedirectURIExampleMismatch().check(spec)
        return diagnostics
    }

    /// The slugs whose page came or went, or whose anchors changed, since `earlier`.
    private func changedAnchors(_ index: SpecIndex, since earlier: SpecIndex) -> Set<String> {
        var changed = Set<String>()
        for (slug, ids) in index.headingIDsBySlug where earlier.headingIDsBySlug[slug] != ids { changed.insert(slug) }
        for slug in earlier.headingIDsBySlug.keys where index.headingIDsBySlug[slug] == nil { changed.insert(slug) }
        for slug in index.pagesBySlug.keys where earlier.pagesBySlug[slug] == nil { changed.insert(slug) }
        for slug in earlier.pagesBySlug.keys where index.pagesBySlug[slug] == nil { changed.insert(slug) }
        return changed
    }

    private func linkedAnchors(of page: Page?, index: SpecIndex) -> [String: Set<String>?] {
        var anchors: [String: Set<String>?] = [:]
        for link in page?.links ?? [] {
            guard case .page(let slug, _) = link.target, anchors[slug] == nil else { continue }
            anchors[slug] = .some(index.pagesBySlug[slug] == nil ? nil : index.headingIDsBySlug[slug] ?? [])
        }
        return anchors
    }
}
