import Foundation

/// Writes `search-index.js`, which the site's search reads. A script rather than JSON,
/// because pages opened from file:// may not fetch files, but may load scripts.
struct SearchIndexEmitter {
    /// One thing search can find.
    struct Entry: Encodable, Equatable, Sendable {
        /// The kind shown beside a result: Page, Heading, Operation, Parameter, Scope, Error code.
        var k: String
        var t: String
        var d: String
        var u: String
        /// Lower-case text the query's words are looked for in.
        var s: String
    }

    let spec: Spec

    /// The index with the sections it was made from: each page's entries (the page and its
    /// headings), each operation's (the operation and its parameters), the scopes and the
    /// error codes, each with its encoded bytes, so that a rebuild encodes again only the
    /// sections that changed.
    struct Cached: Sendable {
        var sections: [String: Section] = [:]
        var file: OutputFile
    }

    struct Section: Sendable {
        /// What the entries were made from: a rebuild compares it first, before making the
        /// entries again.
        var source: SectionSource
        var entries: [Entry]
        /// The entries as JSON objects separated by commas, without the array's brackets.
        var bytes: [UInt8]
    }

    /// The index, made section by section on all cores; sections whose entries equal
    /// `earlier`'s are not encoded again; the sections are kept for the next build when `keeping`.
    func emit(reusing earlier: Cached?, keeping: Bool = true) -> Cached {
        // The sections in the index's order: made and encoded on all cores a window at a
        // time, so that a one-off build holds one window's entries, not every entry.
        let makers: [(id: String, source: SectionSource)] =
            spec.pages.map { ("page \($0.slug)", .page($0)) } + spec.operations.map { ("operation \($0.id)", .operation($0)) }
            + [("scopes", .scopes(spec.scopes)), ("error codes", .errorCodes(spec.errorCodes))]
        var bytes = ByteChunks()
        bytes += "window.midocsSearchIndex = [".utf8
        var sections: [String: Section] = [:]
        var first = true
        let window = 2048
        for (start, elements) in makers.windows(of: window) {
            let encoded = elements.parallelMap { id, source -> Section in
                let reused = earlier?.sections[id]
                if let reused, reused.source == source { return reused }
                let entries = entries(of: source)
                if var reused, reused.entries == entries {
                    reused.source = source
                    return reused
                }
                return Section(source: source, entries: entries, bytes: Self.encode(entries))
            }
            for (offset, section) in encoded.enumerated() {
                // A repeated id (two pages of one slug, reported elsewhere) keeps its first section.
                if keeping, sections[makers[start + offset].id] == nil { sections[makers[start + offset].id] = section }
                guard !section.bytes.isEmpty else { continue }
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                bytes.append(part: section.bytes)
            }
        }
        bytes += "];\n".utf8
        return Cached(sections: sections, file: OutputFile(path: "search-index.js", contents: bytes))
    }

    /// What one section of the index is made from.
    enum SectionSource: Equatable, Sendable {
        case page(Page), operation(Operation), scopes([Scope]), errorCodes([ErrorCode])
    }

    private func entries(of source: SectionSource) -> [Entry] {
        switch source {
        case .page(let page): return pageEntries(page)
        case .operation(let operation): return operationEntries(operation)
        case .scopes(let scopes): return scopeEntries(scopes)
        case .errorCodes(let errorCodes): return errorCodeEntries(errorCodes)
        }
    }

    func emit() -> OutputFile {
        emit(reusing: nil, keeping: false).file
    }

    /// Compact JSON objects separated by commas. `</script>` cannot occur: the encoder
    /// escapes nothing, so the one risky sequence is guarded.
    private static func encode(_ entries: [Entry]) -> [UInt8] {
        guard !entries.isEmpty, let array = try? SortedJSONEncoder.encode(entries, layout: .compact) else { return [] }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(array.count)
        // Without the array's brackets; runs between guards are copied whole.
        array.withUnsafeBufferPointer { buffer in
            let end = buffer.count - 1
            var (start, index) = (1, 1)
            while index < end {
                if buffer[index] == UInt8(ascii: "<"), buffer[index + 1] == UInt8(ascii: "/") {
                    bytes += UnsafeBufferPointer(rebasing: buffer[start..<index])
                    bytes += "<\\/".utf8
                    index += 2
                    start = index
                } else {
                    index += 1
                }
            }
            bytes += UnsafeBufferPointer(rebasing: buffer[start..<max(start, end)])
        }
        return bytes
    }

    /// Every entry, in the index's order.
    func entries() -> [Entry] {
        spec.pages.flatMap(pageEntries) + spec.operations.flatMap(operationEntries) + scopeEntries(spec.scopes)
            + errorCodeEntries(spec.errorCodes)
    }

    private func pageEntries(_ page: Page) -> [Entry] {
        var entries = [entry("Page", page.title, page.kind.rawValue, "\(page.slug).html")]
        for heading in page.headings where heading.level > 1 {
            entries.append(entry("Heading", heading.title, page.title, "\(page.slug).html#\(heading.id)"))
        }
        return entries
    }

    private func operationEntries(_ operation: Operation) -> [Entry] {
        let url = "\(operation.page).html#\(operation.anchor)"
        let endpoint = "\(operation.method?.rawValue ?? "") \(operation.url?.path ?? "")"
        var entries = [entry("Operation", operation.title, endpoint, url, extra: [operation.url?.description ?? "", operation.summary.plain])]
        for parameter in operation.parameters {
            entries.append(entry("Parameter", parameter.name, "\(operation.title) · \(parameter.placement.rawValue)", url,
                                 extra: [parameter.description.plain]))
        }
        return entries
    }

    private func scopeEntries(_ scopes: [Scope]) -> [Entry] {
        scopes.map { scope in
            let page = SourceFile.slug(ofPath: scope.location.file) + ".html"
            return entry("Scope", "Scope \(scope.id)", scope.description.plain, "\(page)#\(ModelHTML.scopeAnchor(scope.id))",
                         extra: scope.apis.map(\.name))
        }
    }

    private func errorCodeEntries(_ errorCodes: [ErrorCode]) -> [Entry] {
        errorCodes.map { error in
            let page = SourceFile.slug(ofPath: error.location.file) + ".html"
            return entry("Error code", "\(error.code) \(error.name)", error.description.plain,
                         "\(page)#\(ModelHTML.errorAnchor(error.code))")
        }
    }

    private func entry(_ kind: String, _ title: String, _ detail: String, _ url: String, extra: [String] = []) -> Entry {
        let text = ([title, detail] + extra).joined(separator: " ").lowercasedASCIIFirst()
        return Entry(k: kind, t: title, d: detail, u: url, s: text)
    }
}
