/// Makes a `PageInspection`: the page is compiled with the rest of the docs (so its
/// diagnostics are the build's), then its blocks are walked beside the roles the
/// extractor gave them.
public struct PageInspector: Sendable {
    public init() {}

    /// The inspection of the page `name` (a slug, `guide/auth`, or a path, `guide/auth.md`);
    /// nil when the docs have no such page.
    public func inspect(_ content: Content, page name: String) -> PageInspection? {
        guard let file = content.files.first(where: { $0.path == name || $0.slug == name || $0.slug == SourceFile.slug(ofPath: name) })
        else { return nil }
        let compilation = compile(content)
        let document = MarkdownDocument(parsing: file)
        var ignored: [Diagnostic] = []
        let extraction = Extractor(configuration: content.configuration).extractWithRoles([document], diagnostics: &ignored)
        guard let page = compilation.spec.pages.first(where: { $0.file == file.path }) else { return nil }
        let operations = compilation.spec.operations.filter { $0.location.file == file.path }
        let roles = extraction.blockRoles[file.path] ?? [:]
        return PageInspection(
            page: page, blocks: blocks(document, roles: roles, operations: operations), operations: operations,
            misses: RequestLineMisses(document: document, operations: operations).find(),
            diagnostics: compilation.diagnostics.filter { $0.location?.file == file.path })
    }

    /// The slug closest to a page name that matched none, for "did you mean".
    public static func closestPage(to name: String, in content: Content) -> String? {
        Suggestion.closest(to: SourceFile.slug(ofPath: name), among: content.files.map(\.slug))
    }

    private func blocks(_ document: MarkdownDocument, roles: [SourceLocation: BlockRole], operations: [Operation]) -> [PageInspection.Block] {
        let byID = Dictionary(operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var examples: [SourceLocation: String] = [:]
        for operation in operations {
            for example in operation.requestExamples ?? [] { examples[example.location] = "request example of \(operation.id)" }
            for (index, response) in operation.responses.enumerated() {
                for example in response.examples { examples[example.location] = "example of response \(index + 1) of \(operation.id)" }
            }
        }
        var open: (id: String, level: Int)?
        return document.blocks.map { block in
            let role = roles[block.range.start]
            if case .heading(let level) = block.kind, let current = open, level <= current.level, role == nil { open = nil }
            if case .operationHeading(let id) = role, case .heading(let level) = block.kind { open = (id, level) }
            let reading: String
            switch role {
            case .operationHeading(let id)?:
                let operation = byID[id]
                reading = "operation \(id)" + (operation.map { " (\($0.method?.rawValue ?? "no method") \($0.url?.description ?? "no URL"))" } ?? "")
            case .hidden?: reading = "shown in the card of \(open?.id ?? "the operation") (request line or label)"
            case .parameterTable(let id)?: reading = "parameters of \(id) (\(byID[id]?.parameters.count ?? 0))"
            case .responseHeading(let id, let index)?: reading = "response \(index + 1) of \(id)"
            case .fieldTable(let id, let index)?: reading = "fields of response \(index + 1) of \(id)"
            case .scopeTable?: reading = "scope table"
            case .errorTable?: reading = "error table"
            case nil:
                if let example = examples[block.range.start] {
                    reading = example
                } else if let current = open {
                    reading = Self.plainReading(of: block) + " in \(current.id)"
                } else {
                    reading = Self.plainReading(of: block)
                }
            }
            return PageInspection.Block(location: block.range.start, kind: Self.kind(of: block), excerpt: Self.excerpt(of: block), reading: reading)
        }
    }

    private static func plainReading(of block: MarkdownNode) -> String {
        switch block.kind {
        case .heading: return "section"
        case .table: return "table, not read (its columns say neither parameters, fields, scopes nor error codes)"
        case .codeBlock: return "code"
        case .htmlBlock: return "raw HTML"
        default: return "prose"
        }
    }

    static func kind(of block: MarkdownNode) -> String {
        switch block.kind {
        case .heading(let level): return "heading \(level)"
        case .paragraph: return "paragraph"
        case .table: return "table"
        case .list: return "list"
        case .blockQuote: return "quote"
        case .codeBlock(let info, _): return info.isEmpty ? "code" : "code (\(OperationExtractor.language(info)))"
        case .htmlBlock: return "HTML"
        case .thematicBreak: return "rule"
        default: return "block"
        }
    }

    static func excerpt(of block: MarkdownNode) -> String {
        let text: String
        switch block.kind {
        case .codeBlock(_, let literal): text = literal
        case .table: text = block.children.first?.children.map { $0.plainText.trimmingWhitespace() }.joined(separator: " | ") ?? ""
        default: text = block.plainText
        }
        let line = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingWhitespace() } ?? ""
        let short = line.count > 36 ? String(line.prefix(35)) + "…" : line
        return short.isEmpty ? "" : "\"\(short)\""
    }
}
