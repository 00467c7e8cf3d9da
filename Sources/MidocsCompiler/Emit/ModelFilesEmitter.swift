/// The outputs made from the model alone: spec.json with its schema, the search index and
/// openapi.json. The search index and openapi.json say nothing of lines, so they are made
/// from the spec without them.
enum ModelFilesEmitter {
    /// The files in two parts, each made on every core when it is called, so that a
    /// writer taking each part as it comes holds few of them at once (300 MB together at
    /// 10,000 pages): first openapi.json and the search index, from one spec without
    /// lines (making openapi.json needs the most besides the file itself), then spec.json.
    static func emit(_ spec: Spec) -> [@Sendable () -> [OutputFile]] {
        [
            {
                let placeless = spec.placeless
                return [OpenAPIEmitter(spec: placeless).emit(), SearchIndexEmitter(spec: placeless).emit(reusing: nil, keeping: false).file]
            },
            { SpecJSONEmitter.emit(spec, keeping: false).0 },
        ]
    }
}
