/// Reports pages whose lists or quotes nest deeper than midocs keeps; the deeper levels are
/// read as one level, so the page still builds.
struct NestingTooDeep {
    func check(_ documents: [MarkdownDocument]) -> [Diagnostic] {
        documents.filter(\.wasFlattened).map { document in
            Diagnostic(
                .warning, code: .nestingTooDeep,
                message: "'\(document.file.path)' nests lists or quotes more than \(CommonMarkConverter.maximumDepth) deep; "
                    + "deeper levels are shown flat",
                range: SourceRange(start: SourceLocation(file: document.file.path, line: 1, column: 1), length: 0))
        }
    }
}
