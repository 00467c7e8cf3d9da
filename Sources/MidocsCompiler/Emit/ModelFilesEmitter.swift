/// The outputs made from the model alone: spec.json with its schema, the search index and
/// openapi.json. The search index and openapi.json say nothing of lines, so they are made
/// from the spec without them.
enum ModelFilesEmitter {
    /// The files one after the other, each made on every core, so that a writer taking
    /// each as it comes holds few of them at once (300 MB together at 10,000 pages).
    /// openapi.json comes first: making it needs the most besides the file itself.
    static func emit(_ spec: Spec) -> [() -> [OutputFile]] {
        [
            { [OpenAPIEmitter(spec: spec.placeless).emit()] },
            { [SearchIndexEmitter(spec: spec.placeless).emit(reusing: nil, keeping: false).file] },
            { SpecJSONEmitter.emit(spec, keeping: false).0 },
        ]
    }
}
