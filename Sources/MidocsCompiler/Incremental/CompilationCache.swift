/// What one compilation hands the next, so that a rebuild after an edit parses, extracts and
/// renders again only what the edit touched. Everything in it is keyed by its exact inputs,
/// so a rebuild gives the same bytes as a clean build.
public struct CompilationCache: Sendable {
    /// The configuration and templates the cached results were made with; when either
    /// changes, everything is made again.
    var configuration: SiteConfiguration?
    var templates: [String: String]?
    /// Parsed pages by path, valid while the text is the same.
    var documents: [String: MarkdownDocument] = [:]
    /// Each page's own facts by path, valid while its document is reused.
    var extractions: [String: PageExtraction] = [:]
    /// The pages' facts merged into one model, and what merging reported.
    var merged: Extraction?
    var mergeDiagnostics: [Diagnostic] = []
    /// The checks' page-by-page results.
    var validation = ValidationCache()
    /// What rendering looked up in the model.
    var emitContext: SiteEmitter.Context?
    /// Whether `pages` and `emitContext` were made from `merged`; not so after a build
    /// with errors, which renders nothing and keeps the pages of the one before.
    var pagesMatchModel = false
    /// Rendered pages by output path, each with the key it was made from.
    var pages: [String: RenderedPage] = [:]
    /// `spec.json`, `openapi.json` and the search index, with the model they were made from.
    var modelOutputs: ModelOutputs?

    struct ModelOutputs: Sendable {
        var spec: Spec?
        var specFiles: [OutputFile] = []
        var specJSON = SpecJSONEmitter.Cache()
        var searchIndex: SearchIndexEmitter.Cached?
        var openAPIFile: OutputFile?
        /// The spec openapi.json was made from, without lines and columns.
        var placelessSpec: Spec?
        var openAPI = OpenAPIEmitter.Cache()

        /// spec.json and its schema, the search index and openapi.json.
        var files: [OutputFile] { specFiles + [searchIndex?.file, openAPIFile].compactMap { $0 } }
    }

    public init() {}

    /// The cache with what `content` made stale dropped.
    func valid(for content: Content) -> CompilationCache {
        guard configuration == content.configuration, templates == content.theme.templates else { return CompilationCache() }
        return self
    }
}
