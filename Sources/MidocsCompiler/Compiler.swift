/// The result of compiling the content folder: the model, what is wrong with it, and the
/// files to write (none when there are errors).
public struct Compilation: Sendable {
    public var spec: Spec
    public var diagnostics: [Diagnostic]
    public var outputs: [OutputFile]
    /// How long each stage took.
    public var timer = PhaseTimer()
    /// What the next compilation of the same folder can reuse.
    public var cache = CompilationCache()
    /// What was made again rather than reused.
    public var work = RebuildWork()
    /// The outputs that may differ from those of the last compilation that had no errors,
    /// by path; nil when any may. A rebuild need write only these (and files it did not
    /// write before).
    public var changedOutputs: Set<String>?
}

/// The whole pipeline, pure: parse, extract, validate, emit. The CLI, the plugins and the
/// tests all call this one function. Without `emitting`, it stops after the checks: `check`
/// and `swift` need no templates. With the cache of an earlier compilation, it parses,
/// extracts and renders only what changed, and gives the same result as without. Without
/// one, it keeps none: a one-off build holds no more than it writes. With a `sink`, every
/// file goes there as soon as it is made (when there are no errors) and `outputs` is empty:
/// a large site is written while it is being built, and never held whole in memory.
public func compile(
    _ content: Content, emitting: Bool = true, reusing earlier: CompilationCache? = nil, writingTo sink: (any OutputSink)? = nil
) -> Compilation {
    let keeping = earlier != nil
    let earlier = (earlier ?? CompilationCache()).valid(for: content)
    var cache = CompilationCache()
    cache.configuration = content.configuration
    cache.templates = content.theme.templates
    var work = RebuildWork()
    work.pages = content.files.count
    var timer = PhaseTimer()
    var diagnostics = content.diagnostics

    // A one-off build that streams holds no page's tree longer than a stage needs it: the
    // stages parse the pages again as they go, and this parses none.
    let releasing = !keeping && sink != nil && emitting
    let parsed = releasing ? [] : timer.measure("parse") {
        content.files.parallelMap { file -> (MarkdownDocument, Bool) in
            if let document = earlier.documents[file.path], document.file.text == file.text { return (document, false) }
            return (MarkdownDocument(parsing: file), true)
        }
    }
    let documents = parsed.map(\.0)
    let trees: PageTrees = releasing ? .parsedAgain(content.files) : .held(documents)
    let fresh = parsed.filter(\.1).map(\.0)
    work.parsed = releasing ? content.files.count : fresh.count
    let changed = Set(fresh.map(\.file.path))
    let samePages = earlier.documents.count == documents.count && documents.allSatisfy { earlier.documents[$0.file.path] != nil }
    if !keeping {
        // A one-off build: nothing to look up later.
    } else if samePages {
        cache.documents = earlier.documents
        for document in fresh { cache.documents[document.file.path] = document }
    } else {
        cache.documents = Dictionary(documents.map { ($0.file.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    let extractor = Extractor(configuration: content.configuration)
    var modelUnchanged = false
    let extraction = timer.measure("extract") { () -> Extraction in
        guard keeping else {
            var mergeDiagnostics: [Diagnostic] = []
            let merged = extractor.merge(trees.map(extractor.extractPage), diagnostics: &mergeDiagnostics)
            cache.mergeDiagnostics = mergeDiagnostics
            return merged
        }
        let extracted = Dictionary(
            zip(fresh.map(\.file.path), fresh.parallelMap(extractor.extractPage)).map { ($0, $1) },
            uniquingKeysWith: { first, _ in first })
        // Edits that leave every page's facts as they were (prose within a line) keep the
        // merged model: the checks and pages then need look only at the edited pages.
        if samePages, let merged = earlier.merged, extracted.allSatisfy({ $0.value == earlier.extractions[$0.key] }) {
            modelUnchanged = true
            cache.extractions = earlier.extractions
            cache.mergeDiagnostics = earlier.mergeDiagnostics
            cache.merged = merged
            return merged
        }
        let perPage = documents.map { document in
            extracted[document.file.path] ?? earlier.extractions[document.file.path] ?? extractor.extractPage(document)
        }
        cache.extractions = Dictionary(zip(documents.map(\.file.path), perPage).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
        var mergeDiagnostics: [Diagnostic] = []
        let merged = extractor.merge(perPage, diagnostics: &mergeDiagnostics)
        cache.mergeDiagnostics = mergeDiagnostics
        cache.merged = merged
        return merged
    }
    diagnostics += cache.mergeDiagnostics
    let spec = extraction.spec
    let assetPaths = Set(content.assets.map(\.path))
    let validator = Validator(configuration: content.configuration, assetPaths: assetPaths)
    var pageChecks: PageChecks?
    let validation = timer.measure("validate") { () -> (diagnostics: [Diagnostic], cache: ValidationCache) in
        guard releasing else {
            return validator.validate(spec, documents, reusing: earlier.validation, onlyChanged: modelUnchanged ? changed : nil, keeping: keeping)
        }
        // The pages are checked as they are rendered, each parsed once for both; unless the
        // site fails already, when nothing will be rendered.
        let site = validator.checkSite(spec)
        guard !content.configuration.diagnostics.apply(diagnostics + site).containsErrors else {
            return (validator.validate(spec, trees), ValidationCache())
        }
        pageChecks = PageChecks(validator: validator, spec: spec, policy: content.configuration.diagnostics)
        return (site, ValidationCache())
    }
    diagnostics += validation.diagnostics
    cache.validation = validation.cache
    let checksWhileRendering = pageChecks
    diagnostics = content.configuration.diagnostics.apply(diagnostics)
    // Kept for the build after this one, if this one writes nothing.
    cache.pages = earlier.pages
    cache.emitContext = earlier.emitContext
    cache.modelOutputs = earlier.modelOutputs
    guard emitting, !diagnostics.containsErrors else {
        return Compilation(spec: spec, diagnostics: diagnostics.sortedAndUnique(), outputs: [], timer: timer, cache: cache, work: work)
    }

    let emitter = SiteEmitter(
        spec: spec, configuration: content.configuration, theme: content.theme, blockRoles: extraction.blockRoles)
    let modelEmitter = ModelOutputsEmitter(spec: spec, earlier: earlier.modelOutputs, keeping: keeping, sink: sink)
    work.modelChanged = !modelEmitter.isSameModel
    func make(_ part: String) -> (EmittedPart, PhaseTimer) {
        var partTimer = PhaseTimer()
        let result = partTimer.measure(part) { () -> EmittedPart in
            switch part {
            case "pages":
                return .pages(
                    emitter.emit(
                        documents, assets: content.assets, previous: earlier.pages,
                        onlyChanged: modelUnchanged && earlier.pagesMatchModel ? changed : nil, context: earlier.emitContext,
                        sink: sink, source: releasing ? DocumentWindows(trees, checks: checksWhileRendering) : nil))
            case "spec.json": return modelEmitter.makeSpecJSON()
            default: return modelEmitter.makeOpenAPI()
            }
        }
        guard let sink else { return (result, partTimer) }
        for file in result.files { sink.accept(file) }
        return (keeping ? result : result.handedOver, partTimer)
    }
    // The pages and the model's own outputs are independent: made side by side, each
    // spreading its own work over the cores. A one-off build that streams makes them one
    // after the other, each still on every core: openapi.json is held whole until it ends
    // (its schemas come before its paths), and beside spec.json it took a 10,000-page
    // build to 470-500 MB; one after the other, measured, 435 MB in the same time.
    let emitted = timer.measure("emit") {
        releasing
            ? ["openapi.json", "spec.json", "pages"].map(make)
            : ["pages", "openapi.json", "spec.json"].concurrentMap(make)
    }
    var pages = SiteEmitter.Result()
    var model = CompilationCache.ModelOutputs()
    model.spec = spec
    for (part, partTimer) in emitted {
        timer.append(partTimer)
        if case .pages(let result) = part { pages = result }
        part.store(in: &model)
    }
    let modelFiles = model.files
    cache.pages = pages.pages
    cache.emitContext = pages.context
    cache.pagesMatchModel = true
    cache.modelOutputs = keeping ? model : nil
    work.rendered = pages.remade.count
    let outputs = sink != nil ? [] : (pages.outputs + modelFiles).sorted { $0.path < $1.path }
    // Pages not made again are the earlier ones; static files and assets are compared on writing.
    var changedOutputs = pages.remade.union(content.theme.staticFiles.map(\.path)).union(content.assets.map(\.path))
    if !modelEmitter.isSameModel {
        // Compared in memory with the earlier build's: a rebuild then neither reads back nor
        // writes the large outputs an edit left alone (openapi.json when only lines moved).
        let earlierContents = Dictionary((earlier.modelOutputs?.files ?? []).map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        let changedModelFiles = modelFiles.filter { earlierContents[$0.path] != $0.contents }.map(\.path)
        changedOutputs.formUnion(changedModelFiles)
        work.modelFilesChanged = changedModelFiles.sorted()
    }
    diagnostics += content.configuration.diagnostics.apply(pages.diagnostics + (checksWhileRendering?.diagnostics ?? []))
    return Compilation(
        spec: spec, diagnostics: diagnostics.sortedAndUnique(),
        outputs: diagnostics.containsErrors ? [] : outputs, timer: timer, cache: cache, work: work,
        changedOutputs: changedOutputs)
}

/// The Swift client types for a spec: one file per operation, plus scopes, error codes and
/// the endpoint catalogue. Paths are relative to the output folder.
public func makeSwiftSources(_ spec: Spec) -> [OutputFile] {
    SwiftEmitter(spec: spec).emit()
}

/// The same types in one file named `name`.swift, for the build-tool plugin.
public func makeSwiftSource(_ spec: Spec, fileNamed name: String) -> OutputFile {
    SwiftEmitter(spec: spec).emitSingleFile(named: name)
}
