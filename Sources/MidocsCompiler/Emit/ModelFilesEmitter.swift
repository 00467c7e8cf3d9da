/// The outputs made from the model alone: spec.json with its schema, the search index and
/// openapi.json. The search index and openapi.json say nothing of lines, so they are made
/// from the spec without them.
enum ModelFilesEmitter {
    /// The files one after the other, each made on every core: a writer that takes each
    /// as it comes holds one large file at a time, not all three (300 MB at 10,000 pages).
    static func emit(_ spec: Spec) -> [() -> [OutputFile]] {
        [
            { SpecJSONEmitter.emit(spec, keeping: false).0 },
            { [SearchIndexEmitter(spec: spec.placeless).emit(reusing: nil, keeping: false).file] },
            { [OpenAPIEmitter(spec: spec.placeless).emit()] },
        ]
    }
}
