/// Compiles one content folder again and again, as `watch` and `serve` do, calling the
/// stages of `compile` again only for what changed: a page is parsed and extracted again
/// when its text changed, the pages are merged again when a page's facts changed, a page is
/// checked and rendered again when what it reads changed. The result is the one `compile`
/// gives; a test compares the two after a series of edits.
public struct IncrementalCompiler: Sendable {
    /// What every remembered result was made with; when it changes, all is made again.
    private struct Inputs: Equatable, Sendable {
        var configuration: SiteConfiguration
        var templates: [String: String]
        var assetPaths: Set<String>
    }

    /// The merged model, with what merging reported.
    private struct Merged: Sendable {
        var extraction: Extraction
        var diagnostics: [Diagnostic]
    }

    private var inputs: Inputs?
    private var templates: (PageTemplates, diagnostics: [Diagnostic])?
    private var documents: [String: MarkdownDocument] = [:]
    private var extractions: [String: PageExtraction] = [:]
    private var merged: Merged?
    private var pageChecks = PageCheckMemo()
    /// The site checks' findings for the merged model.
    private var siteChecks: [Diagnostic]?
    /// Rendered pages by output path, each with everything it was made from.
    private var pages: [String: RenderedPage] = [:]
    /// The same pages' files alone: listing them copies no keys.
    private var pageFiles: [String: OutputFile] = [:]
    /// Whether every page in `pages` was rendered from the merged model.
    private var pagesMatchModel = false
    private var emitContext: SiteEmitter.Context?
    private var modelFiles = ModelFilesMemo()
    private var twins = MarkdownTwinMemo()

    public init() {}

    public mutating func compile(_ content: Content) -> Rebuild {
        let inputs = Inputs(
            configuration: content.configuration, templates: content.theme.templates, assetPaths: Set(content.assets.map(\.path)))
        if inputs != self.inputs { self = IncrementalCompiler() }
        self.inputs = inputs
        var timer = PhaseTimer()
        var work = RebuildWork()
        work.pages = content.files.count
        var diagnostics = content.diagnostics

        let (documents, changed) = timer.measure("parse") { parse(content.files) }
        work.parsed = changed.count
        let modelUnchanged = timer.measure("extract") { extract(documents, changed: changed, configuration: content.configuration) }
        guard let merged else { preconditionFailure("extract always merges when nothing is merged yet") }
        let spec = merged.extraction.spec
        diagnostics += merged.diagnostics
        diagnostics += timer.measure("validate") { validate(spec, documents, changed: modelUnchanged ? changed : nil, content) }
        if self.templates == nil {
            var found: [Diagnostic] = []
            self.templates = (PageTemplates(content.theme, diagnostics: &found), found)
        }
        guard let (templates, templateDiagnostics) = self.templates else { preconditionFailure("made just above") }
        diagnostics += templateDiagnostics
        diagnostics = content.configuration.diagnostics.apply(diagnostics).sortedAndUnique()
        guard !diagnostics.containsErrors else {
            return Rebuild(compilation: Compilation(spec: spec, diagnostics: diagnostics, outputs: SiteOutputs(), timer: timer), work: work)
        }

        let emitter = SiteEmitter(
            spec: spec, configuration: content.configuration, templates: templates, blockRoles: merged.extraction.blockRoles,
            context: emitContext)
        emitContext = emitter.context
        let copied = (content.theme.staticFiles + content.assets).map { OutputFile(path: $0.path, data: $0.data) }
        // Before the pages: rendering them marks them as matching the model.
        let twinFiles = timer.measure("twins") {
            twins.emit(
                documents, with: MarkdownTwinEmitter(emitter), onlyChanged: pagesMatchModel && modelUnchanged ? changed : nil,
                reserved: Set(copied.map(\.path)))
        }
        let remade = timer.measure("pages") { render(documents, with: emitter, onlyChanged: modelUnchanged ? changed : nil) }
        work.rendered = remade.count
        let model = timer.measure("model files") { modelFiles.emit(spec) }
        work.modelChanged = model.changed != nil
        work.modelFilesChanged = model.changed ?? []
        // In the content's order, as compile() gives them: the writer needs no other.
        let pageFiles = documents.compactMap { emitter.context.pagesBySlug[$0.file.slug].flatMap { self.pageFiles[$0.outputPath] } }
        let outputs = model.files + pageFiles + twinFiles.files + copied
        // Pages not made again are the earlier ones; static files and assets are compared on writing.
        let changedOutputs = remade.union(copied.map(\.path)).union(model.changed ?? []).union(twinFiles.changed)
        return Rebuild(
            compilation: Compilation(spec: spec, diagnostics: diagnostics, outputs: SiteOutputs(outputs), timer: timer),
            work: work, changedOutputs: changedOutputs)
    }

    /// Every file's document, parsed again only when its text changed; and the changed paths.
    private mutating func parse(_ files: [SourceFile]) -> ([MarkdownDocument], Set<String>) {
        // Looked up one by one (a loaded file that did not change shares its text's storage,
        // so comparing is at once); only the changed files are parsed, on every core.
        let stale = files.indices.filter { documents[files[$0].path]?.file.text != files[$0].text }
        let parsed = stale.map { files[$0] }.parallelMap(MarkdownDocument.init(parsing:))
        for document in parsed { documents[document.file.path] = document }
        var changed = Set(parsed.map(\.file.path))
        if documents.count != files.count {
            // A page that went away changes the model as much as one that changed.
            let paths = Set(files.map(\.path))
            for path in documents.keys where !paths.contains(path) {
                documents[path] = nil
                changed.insert(path)
            }
        }
        return (files.compactMap { documents[$0.path] }, changed)
    }

    /// Extracts the changed pages and merges the model again unless their facts stayed the
    /// same (an edit to prose within a line); true when the model is the one merged before.
    private mutating func extract(_ documents: [MarkdownDocument], changed: Set<String>, configuration: SiteConfiguration) -> Bool {
        let extractor = Extractor(configuration: configuration)
        let stale = documents.filter { changed.contains($0.file.path) }
        let fresh = Dictionary(zip(stale.map(\.file.path), stale.parallelMap(extractor.extractPage)), uniquingKeysWith: { first, _ in first })
        let samePages = documents.count == extractions.count && documents.allSatisfy { extractions.index(forKey: $0.file.path) != nil }
        if merged != nil, samePages, fresh.allSatisfy({ extractions[$0.key] == $0.value }) { return true }
        let perPage = documents.map { fresh[$0.file.path] ?? extractions[$0.file.path] ?? extractor.extractPage($0) }
        extractions = Dictionary(zip(documents.map(\.file.path), perPage), uniquingKeysWith: { first, _ in first })
        var diagnostics: [Diagnostic] = []
        let extraction = extractor.merge(perPage, diagnostics: &diagnostics)
        merged = Merged(extraction: extraction, diagnostics: diagnostics)
        siteChecks = nil
        emitContext = nil
        pagesMatchModel = false
        return false
    }

    /// With `changed`, the model is the one checked before and only those pages are checked
    /// again; otherwise the pages whose checks' inputs changed are, and the site checks run
    /// again when the model changed.
    private mutating func validate(
        _ spec: Spec, _ documents: [MarkdownDocument], changed: Set<String>?, _ content: Content
    ) -> [Diagnostic] {
        let validator = Validator(content)
        let site = siteChecks ?? validator.checkSite(spec)
        siteChecks = site
        if let changed, let found = pageChecks.recheck(changed, of: spec, documents, with: validator) { return found + site }
        return pageChecks.check(spec, documents, with: validator) + site
    }

    /// Renders the pages whose keys changed (with `onlyChanged`, only among those pages);
    /// returns the output paths of the pages rendered.
    private mutating func render(_ documents: [MarkdownDocument], with emitter: SiteEmitter, onlyChanged: Set<String>?) -> Set<String> {
        let candidates = pagesMatchModel ? onlyChanged.map { changed in documents.filter { changed.contains($0.file.path) } } : nil
        let earlier = pages
        let rendered = (candidates ?? documents).parallelMap { document -> (RenderedPage, Bool)? in
            guard let key = emitter.key(for: document) else { return nil }
            if let old = earlier[key.page.outputPath], old.key == key { return (old, false) }
            return emitter.render(document, as: key).map { (RenderedPage(key: key, file: $0), true) }
        }
        if candidates == nil { (pages, pageFiles) = ([:], [:]) }
        var remade = Set<String>()
        for case let (page, isNew)? in rendered {
            pages[page.file.path] = page
            pageFiles[page.file.path] = page.file
            if isNew { remade.insert(page.file.path) }
        }
        pagesMatchModel = true
        return remade
    }
}
