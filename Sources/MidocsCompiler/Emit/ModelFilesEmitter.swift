/// The outputs made from the model alone: spec.json with its schema, the search index and
/// openapi.json. The search index and openapi.json say nothing of lines, so they are made
/// from the spec without them.
enum ModelFilesEmitter {
    static func emit(_ spec: Spec) -> [OutputFile] {
        // Independent, and each spreads its own work over the cores.
        let parts: [@Sendable () -> [OutputFile]] = [
            { SpecJSONEmitter.emit(spec, keeping: false).0 },
            {
                let placeless = spec.placeless
                return [
                    SearchIndexEmitter(spec: placeless).emit(reusing: nil, keeping: false).file,
                    OpenAPIEmitter(spec: placeless).emit(),
                ]
            },
        ]
        return parts.concurrentMap { $0() }.flatMap { $0 }
    }
}
