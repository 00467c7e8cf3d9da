/// The model's own files (spec.json, the search index, openapi.json) as the last rebuild
/// made them, element by element, so that the next one encodes again only the pages and
/// operations that changed: all of them are reused when the model is the same, and the
/// search index and openapi.json, which say nothing of lines, when only lines moved.
struct ModelFilesMemo: Sendable {
    private var spec: Spec?
    private var placeless: Spec?
    private var specJSON = SpecJSONEmitter.Cache()
    private var specFiles: [OutputFile] = []
    private var searchIndex: SearchIndexEmitter.Cached?
    private var openAPI = OpenAPIEmitter.Cache()
    private var openAPIFile: OutputFile?

    private var files: [OutputFile] { specFiles + [searchIndex?.file, openAPIFile].compactMap { $0 } }

    /// The files, and the paths of those whose bytes changed (nil when the model is the same).
    mutating func emit(_ spec: Spec) -> (files: [OutputFile], changed: [String]?) {
        if spec == self.spec { return (files, nil) }
        let earlier = files
        let placeless = spec.placeless(reusing: self.spec, self.placeless)
        let samePlaceless = placeless == self.placeless && openAPIFile != nil
        let memo = self
        // Independent, and each spreads its own work over the cores.
        let parts: [@Sendable () -> ModelFilesMemo] = [
            {
                var made = memo
                (made.specFiles, made.specJSON) = SpecJSONEmitter.emit(spec, reusing: memo.specJSON)
                return made
            },
            {
                var made = memo
                guard !samePlaceless else { return made }
                made.searchIndex = SearchIndexEmitter(spec: placeless).emit(reusing: memo.searchIndex)
                let (file, cache) = OpenAPIEmitter(spec: placeless).emit(reusing: memo.openAPI)
                (made.openAPIFile, made.openAPI) = (file, cache)
                return made
            },
        ]
        let made = parts.concurrentMap { $0() }
        (specFiles, specJSON) = (made[0].specFiles, made[0].specJSON)
        (searchIndex, openAPIFile, openAPI) = (made[1].searchIndex, made[1].openAPIFile, made[1].openAPI)
        self.spec = spec
        self.placeless = placeless
        let earlierContents = Dictionary(earlier.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        return (files, files.filter { earlierContents[$0.path] != $0.contents }.map(\.path).sorted())
    }
}
