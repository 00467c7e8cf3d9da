/// What the checks share: the model, the parsed pages, their source text, and look-ups.
struct CheckContext {
    let spec: Spec
    let documents: [MarkdownDocument]
    let index: SpecIndex
    let sources: [String: SourceText]

    /// `index` covers the whole site even when `spec` and `documents` are the pages to check.
    init(spec: Spec, documents: [MarkdownDocument], index: SpecIndex) {
        self.spec = spec
        self.documents = documents
        self.index = index
        self.sources = Dictionary(documents.map { ($0.file.path, SourceText($0.file)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Where a piece of an example's text stands in the file: the example's fence plus the
    /// line and column of `offset` (in UTF-8 bytes) inside the example.
    func location(in example: Example, offset: Int) -> SourceLocation {
        let bytes = Array(example.text.utf8)
        let before = bytes.prefix(min(offset, bytes.count))
        let lineIndex = before.filter { $0 == UInt8(ascii: "\n") }.count
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = example.location.line + 1 + lineIndex
        // Fences inside lists are indented; the literal is not. Find the line's indentation.
        let sourceLine = sources[example.location.file]?.line(line) ?? ""
        let literalLineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let literalLine = String(decoding: bytes[lineStart..<literalLineEnd], as: UTF8.self)
        let indent = literalLine.isEmpty ? 0 : (sourceLine.range(of: literalLine).map { sourceLine.utf8.distance(from: sourceLine.startIndex, to: $0.lowerBound) } ?? 0)
        return SourceLocation(file: example.location.file, line: line, column: indent + offset - lineStart + 1)
    }

    /// The range of the first occurrence of `needle` in an example, or the fence itself.
    func range(of needle: String, in example: Example) -> SourceRange {
        guard let found = example.text.range(of: needle) else {
            return SourceRange(start: example.location, length: 3)
        }
        let offset = example.text.utf8.distance(from: example.text.startIndex, to: found.lowerBound)
        return SourceRange(start: location(in: example, offset: offset), length: needle.utf8.count)
    }
}
