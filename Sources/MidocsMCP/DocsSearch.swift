import Foundation
import MidocsCompiler

/// Full-text search over the docs, for `search_docs`: each part of each page's twin (a
/// top-level heading and what follows it), each operation, scope and error code is an
/// entry. A query's words are matched as parts of words, case aside (`openid` finds
/// `openidV2`); entries that hold more of the words come first, then those where they are
/// rarer across the docs, in the title, or together as written.
struct DocsSearch: Sendable {
    struct Entry: Sendable {
        enum Kind: String, Sendable, CaseIterable {
            case operation, errorCode, scope, section
        }

        var kind: Kind
        var title: String
        var text: String
        var documentation: String
        var resource: String
        /// The operation's id, the scope's id or the error code, as the other tools take it.
        var key: String?
        /// Exact words that make this entry the answer: a path, an error code's number and name.
        var names: Set<String> = []
        fileprivate var foldedTitle = ""
        fileprivate var foldedText = ""
    }

    struct Result: Sendable {
        var entry: Entry
        var score: Double
        var snippet: String
    }

    private(set) var entries: [Entry] = []

    init(_ docs: AgentDocs, siteBase: String, resourcePrefix: String) {
        let page = { (slug: String, anchor: String?) in siteBase + slug + ".html" + (anchor.map { "#" + $0 } ?? "") }
        let resource = { (slug: String) in resourcePrefix + MarkdownTwin.path(ofSlug: slug) }
        for operation in docs.spec.operations {
            var text = [operation.method?.rawValue, operation.url?.description, operation.summary.plain].compactMap { $0 }
            text += operation.parameters.map { "\($0.name): \($0.description.plain)" }
            text += operation.responses.flatMap { $0.fields.map { "\($0.name): \($0.description.plain)" } }
            entries.append(
                Entry(
                    kind: .operation, title: operation.title, text: text.joined(separator: "\n"),
                    documentation: page(operation.page, operation.anchor), resource: resource(operation.page), key: operation.id,
                    names: Set([operation.url?.path, operation.url?.description, operation.id].compactMap { $0?.lowercased() })))
        }
        for scope in docs.spec.scopes {
            let slug = SourceFile(path: scope.location.file, text: "").slug
            entries.append(
                Entry(
                    kind: .scope, title: "Scope \(scope.id): \(scope.description.plain)",
                    text: scope.apis.map(\.name).joined(separator: ", "), documentation: page(slug, "scope-\(scope.id)"),
                    resource: resource(slug), key: "\(scope.id)", names: ["\(scope.id)", "scope \(scope.id)"]))
        }
        for error in docs.spec.errorCodes {
            let slug = SourceFile(path: error.location.file, text: "").slug
            entries.append(
                Entry(
                    kind: .errorCode, title: "\(error.code) \(error.name)", text: error.description.plain,
                    documentation: page(slug, "error-\(error.code)"), resource: resource(slug), key: "\(error.code)",
                    names: ["\(error.code)", error.name.lowercased()]))
        }
        for twin in docs.twins {
            let bytes = Array(twin.text.utf8)
            let starts = [0] + twin.sections.map(\.offset).filter { $0 > 0 }
            for (index, start) in starts.enumerated() {
                let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
                guard start < end, end <= bytes.count else { continue }
                let section = twin.sections.first { $0.offset == start }
                let heading = section?.title ?? twin.title
                entries.append(
                    Entry(
                        kind: .section, title: heading == twin.title ? twin.title : "\(twin.title) › \(heading)",
                        text: String(decoding: bytes[start..<end], as: UTF8.self), documentation: page(twin.slug, section?.level == 1 ? nil : section?.anchor),
                        resource: resource(twin.slug)))
            }
        }
        for index in entries.indices {
            entries[index].foldedTitle = Self.fold(entries[index].title)
            entries[index].foldedText = Self.fold(entries[index].text)
        }
    }

    /// The best `limit` entries for `query`, best first; the same query gives the same list.
    func search(_ query: String, limit: Int) -> (results: [Result], matched: Int) {
        let phrase = Self.fold(query).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let words = Array(Set(Self.words(phrase))).sorted()
        guard !words.isEmpty else { return ([], 0) }
        // Rarer words weigh more: inverse document frequency.
        let weights = words.map { word -> Double in
            let holding = entries.reduce(0) { $0 + ($1.foldedTitle.contains(word) || $1.foldedText.contains(word) ? 1 : 0) }
            return log(Double(entries.count + 1) / Double(holding + 1)) + 1
        }
        var scored: [(index: Int, matched: Int, score: Double)] = []
        for (index, entry) in entries.enumerated() {
            var matched = 0
            var score = 0.0
            for (word, weight) in zip(words, weights) {
                let inTitle = entry.foldedTitle.contains(word)
                let count = Self.occurrences(of: word, in: entry.foldedText, upTo: 10)
                guard inTitle || count > 0 else { continue }
                matched += 1
                score += weight * ((inTitle ? 3 : 0) + log(1 + Double(count)))
            }
            guard matched > 0 else { continue }
            if entry.names.contains(phrase) { score += 20 }
            if words.count > 1, entry.foldedTitle.contains(phrase) { score += 6 } else if words.count > 1, entry.foldedText.contains(phrase) { score += 3 }
            // Sections hold everything; a named thing that matches is the sharper answer.
            if entry.kind != .section { score *= 1.2 }
            scored.append((index, matched, (score * 100).rounded() / 100))
        }
        let kinds = Dictionary(uniqueKeysWithValues: Entry.Kind.allCases.enumerated().map { ($1, $0) })
        scored.sort { left, right in
            if left.matched != right.matched { return left.matched > right.matched }
            if left.score != right.score { return left.score > right.score }
            let (leftEntry, rightEntry) = (entries[left.index], entries[right.index])
            if leftEntry.kind != rightEntry.kind { return kinds[leftEntry.kind]! < kinds[rightEntry.kind]! }
            return (leftEntry.title, leftEntry.documentation) < (rightEntry.title, rightEntry.documentation)
        }
        let results = scored.prefix(limit).map { hit in
            let entry = entries[hit.index]
            let rarest = zip(words, weights).filter { entry.foldedText.contains($0.0) }.max { $0.1 < $1.1 }?.0
            return Result(entry: entry, score: hit.score, snippet: Self.snippet(of: entry.text, around: words.count > 1 && entry.foldedText.contains(phrase) ? phrase : rarest))
        }
        return (results, scored.count)
    }

    /// Lower case, without diacritics: `Résumé` is `resume`.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The words of a query: letters and digits, with `_`, `-` and `.` inside a word kept
    /// (`client_id`, `mac-key`, `2.0`).
    static func words(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "-.")) }
            .filter { !$0.isEmpty }
    }

    private static func occurrences(of word: String, in text: String, upTo limit: Int) -> Int {
        var count = 0
        var searchRange = text.startIndex..<text.endIndex
        while count < limit, let found = text.range(of: word, range: searchRange) {
            count += 1
            searchRange = found.upperBound..<text.endIndex
        }
        return count
    }

    /// About 240 characters of `text` on one line, around the first place `word` stands.
    static func snippet(of text: String, around word: String?) -> String {
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let word, let found = line.range(of: word, options: [.caseInsensitive, .diacriticInsensitive]) else {
            return line.count > 240 ? line.prefix(240) + "…" : line
        }
        let start = line.index(found.lowerBound, offsetBy: -80, limitedBy: line.startIndex) ?? line.startIndex
        let end = line.index(start, offsetBy: 240, limitedBy: line.endIndex) ?? line.endIndex
        var snippet = String(line[start..<end])
        if start > line.startIndex, let space = snippet.firstIndex(of: " ") { snippet = "…" + snippet[snippet.index(after: space)...] }
        if end < line.endIndex, let space = snippet.lastIndex(of: " ") { snippet = snippet[..<space] + "…" }
        return snippet
    }
}
