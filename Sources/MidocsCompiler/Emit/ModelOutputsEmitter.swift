/// Makes the model's own outputs, `spec.json` (with its schema and the search index) and
/// `openapi.json`, reusing what an earlier compilation made: all of them when the model is
/// the same, and openapi.json and the search index when only lines moved (they say nothing
/// of lines). Otherwise each emitter reuses its unchanged parts. A one-off build with a
/// sink streams spec.json and the search index into it as they are made.
struct ModelOutputsEmitter {
    let spec: Spec
    /// Whether the caches are kept for a later compilation.
    let keeping: Bool
    private let sink: (any OutputSink)?
    private let earlier: CompilationCache.ModelOutputs
    let isSameModel: Bool
    private let placeless: Spec
    private let isSamePlaceless: Bool

    init(spec: Spec, earlier: CompilationCache.ModelOutputs?, keeping: Bool, sink: (any OutputSink)? = nil) {
        self.spec = spec
        self.keeping = keeping
        self.sink = keeping ? nil : sink
        self.earlier = earlier ?? CompilationCache.ModelOutputs()
        isSameModel = earlier?.spec == spec
        placeless =
            isSameModel
            ? self.earlier.placelessSpec ?? spec.placeless : spec.placeless(reusing: self.earlier.spec, self.earlier.placelessSpec)
        isSamePlaceless = isSameModel || self.earlier.placelessSpec == placeless
    }

    /// spec.json, its schema and the search index.
    func makeSpecJSON() -> EmittedPart {
        if isSameModel { return .spec(earlier.specFiles, earlier.specJSON, earlier.searchIndex) }
        let (files, specCache) = SpecJSONEmitter.emit(spec, reusing: earlier.specJSON, keeping: keeping, streamingTo: sink)
        let searchIndex = isSamePlaceless && earlier.searchIndex != nil
            ? earlier.searchIndex : SearchIndexEmitter(spec: placeless).emit(reusing: earlier.searchIndex, keeping: keeping, streamingTo: sink)
        return .spec(files, specCache, searchIndex)
    }

    func makeOpenAPI() -> EmittedPart {
        if isSamePlaceless, let file = earlier.openAPIFile { return .openAPI(file, earlier.openAPI, placeless) }
        let (file, openAPICache) = OpenAPIEmitter(spec: placeless).emit(reusing: earlier.openAPI, keeping: keeping)
        return .openAPI(file, openAPICache, placeless)
    }
}

/// One of the three parts of the site made side by side: the pages, spec.json with the
/// search index, openapi.json.
enum EmittedPart: Sendable {
    case pages(SiteEmitter.Result)
    case spec([OutputFile], SpecJSONEmitter.Cache, SearchIndexEmitter.Cached?)
    case openAPI(OutputFile, OpenAPIEmitter.Cache, Spec)

    /// The files of the model's outputs (a streaming page emitter hands its own over).
    var files: [OutputFile] {
        switch self {
        case .pages: return []
        case .spec(let files, _, let searchIndex): return files + [searchIndex?.file].compactMap { $0 }
        case .openAPI(let file, _, _): return [file]
        }
    }

    /// The part without the files a sink now has: a one-off build holds none it handed over.
    var handedOver: EmittedPart {
        switch self {
        case .pages: return self
        case .spec(_, let specCache, _): return .spec([], specCache, nil)
        case .openAPI(let file, let openAPICache, let placeless):
            return .openAPI(OutputFile(path: file.path, contents: ByteChunks()), openAPICache, placeless)
        }
    }

    /// Puts a model part's files and caches into `model`.
    func store(in model: inout CompilationCache.ModelOutputs) {
        switch self {
        case .pages: break
        case .spec(let files, let specCache, let searchIndex):
            (model.specFiles, model.specJSON, model.searchIndex) = (files, specCache, searchIndex)
        case .openAPI(let file, let openAPICache, let placeless):
            (model.openAPIFile, model.openAPI, model.placelessSpec) = (file, openAPICache, placeless)
        }
    }
}
