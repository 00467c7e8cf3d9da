/// Writes each page's Markdown twin from the model and the parsed page: prose and examples
/// as written, with links turned into the site's addresses; what the extractor read into
/// the model written from it, as the site's page shows it (an operation's facts after its
/// heading, its parameter and field tables, its response headings, one example per
/// response, the scope and error tables); and nothing of the theme.
struct MarkdownTwinEmitter: Sendable {
    let spec: Spec
    let configuration: SiteConfiguration
    /// Which blocks were read into the model, by file and where they start.
    let blockRoles: [String: [SourceLocation: BlockRole]]
    private let model: ModelMarkdown
    private let pagesBySlug: [String: Page]
    private let operationsByPage: [String: [Operation]]
    /// The files that hold the scope or error table, and what those tables show.
    private let tableFiles: Set<String>
    private let tables: ModelHTML.Tables?

    init(spec: Spec, configuration: SiteConfiguration, blockRoles: [String: [SourceLocation: BlockRole]]) {
        let tableFiles = Set(
            blockRoles.compactMap { file, roles in roles.values.contains { $0 == .scopeTable || $0 == .errorTable } ? file : nil })
        self.init(
            spec: spec, configuration: configuration, blockRoles: blockRoles,
            pagesBySlug: Dictionary(spec.pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first }),
            operationsByPage: Dictionary(grouping: spec.operations, by: \.page), tableFiles: tableFiles,
            tables: tableFiles.isEmpty ? nil : Self.makeTables(spec))
    }

    /// What the scope and error tables show, as `ModelHTML.makeTables()` makes it for the site.
    private static func makeTables(_ spec: Spec) -> ModelHTML.Tables {
        ModelHTML.Tables(
            scopes: spec.scopes, errorCodes: spec.errorCodes,
            users: spec.operations.map {
                ModelHTML.Tables.User(page: $0.page, anchor: $0.anchor, title: $0.title, scopes: Set($0.scopes.map(\.id)), errorCodes: $0.errorCodes)
            })
    }

    /// The twins of the pages `site` renders, with the lookups it already made.
    init(_ site: SiteEmitter) {
        self.init(
            spec: site.spec, configuration: site.configuration, blockRoles: site.blockRoles, pagesBySlug: site.context.pagesBySlug,
            operationsByPage: site.context.operationsByPage, tableFiles: site.context.tableFiles, tables: site.context.tables)
    }

    private init(
        spec: Spec, configuration: SiteConfiguration, blockRoles: [String: [SourceLocation: BlockRole]], pagesBySlug: [String: Page],
        operationsByPage: [String: [Operation]], tableFiles: Set<String>, tables: ModelHTML.Tables?
    ) {
        self.spec = spec
        self.configuration = configuration
        self.blockRoles = blockRoles
        self.pagesBySlug = pagesBySlug
        self.operationsByPage = operationsByPage
        self.tableFiles = tableFiles
        self.tables = tables
        model = ModelMarkdown(spec: spec)
    }

    /// The page's twin; nil for a document that is no page of the spec.
    func makeTwin(_ document: MarkdownDocument) -> MarkdownTwin? {
        key(for: document).map { makeTwin(document, as: $0) }
    }

    /// Everything `makeTwin` reads for this document, to tell whether an earlier twin holds.
    func key(for document: MarkdownDocument) -> MarkdownTwinKey? {
        guard let page = pagesBySlug[document.file.slug] else { return nil }
        let operations = operationsByPage[page.slug] ?? []
        let cited = model.cited(by: operations)
        return MarkdownTwinKey(
            source: document.file.text, page: page, operations: operations, scopes: cited.scopes, errorCodes: cited.errorCodes,
            tables: tableFiles.contains(page.file) ? tables : nil)
    }

    /// The twin made from `key`, which `key(for:)` gave for this document.
    func makeTwin(_ document: MarkdownDocument, as key: MarkdownTwinKey) -> MarkdownTwin {
        let address = SiteAddress(baseURL: configuration.baseURL, from: key.page.slug)
        var twin = write(document, page: key.page, operations: key.operations, address: address)
        let top = SiteAddress(baseURL: configuration.baseURL, from: nil)
        if top != address { twin.textFromTop = write(document, page: key.page, operations: key.operations, address: top).text }
        return twin
    }

    /// What the model parts of one page have been written so far, so that the end of an
    /// operation's section can add what the page did not show in a block of its own.
    private final class WrittenParts {
        var parameterTables: Set<String> = []
        var responseHeadings: Set<String> = []
        var fieldTables: Set<String> = []
        var examples: Set<String> = []
    }

    private static func part(_ operationID: String, _ response: Int) -> String { "\(operationID) \(response)" }

    private func write(_ document: MarkdownDocument, page: Page, operations: [Operation], address: SiteAddress) -> MarkdownTwin {
        let roles = blockRoles[page.file] ?? [:]
        let operationsByID = Dictionary(operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let headingIDs = Dictionary(page.headings.map { ($0.location, $0.id) }, uniquingKeysWith: { first, _ in first })
        let written = WrittenParts()
        let (writer, inline) = makeWriter(page: page, operations: operationsByID, headingIDs: headingIDs, address: address, written: written)
        var text = ""
        var length = 0
        var sections: [MarkdownTwin.Section] = []
        func append(_ markdown: String) {
            guard !markdown.isEmpty else { return }
            if !text.isEmpty {
                text += "\n\n"
                length += 2
            }
            text += markdown
            length += markdown.utf8.count
        }
        let firstBlock = document.blocks.first { if case .htmlBlock = $0.kind { false } else { true } }
        if firstBlock?.headingLevel != 1 { append("# " + MarkdownWriter.escaped(page.title)) }
        // The operation whose section is open, with its heading's level.
        var open: (operation: Operation, level: Int)?
        var lead = ""
        var previous: MarkdownNode?
        for block in document.blocks {
            let role = roles[block.range.start]
            if let level = block.headingLevel {
                if let current = open, level <= current.level || role.map(Self.opensOperation) == true {
                    append(missingParts(of: current.operation, level: current.level, written: written, inline: inline))
                    open = nil
                }
                if case .operationHeading(let id)? = role, let operation = operationsByID[id] { open = (operation, level) }
                let markdown = writer.write(block, after: previous)
                if !markdown.isEmpty {
                    let title = block.plainText.trimmingWhitespace()
                    sections.append(
                        MarkdownTwin.Section(title: title, anchor: headingIDs[block.range.start], level: level, offset: length == 0 ? 0 : length + 2))
                    append(markdown)
                }
            } else {
                if lead.isEmpty, block.kind == .paragraph, role == nil {
                    lead = block.plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                }
                append(writer.write(block, after: previous))
            }
            previous = block
        }
        if let current = open { append(missingParts(of: current.operation, level: current.level, written: written, inline: inline)) }
        if let rawHTML = writer.rawHTML { append(rawHTML.open.closeAll()) }
        return MarkdownTwin(slug: page.slug, title: page.title, lead: lead, text: text + "\n", sections: sections)
    }

    /// The writer of one page's twin, which writes the blocks the extractor read from the
    /// model and keeps one example per response, and the writer of descriptions on one line.
    private func makeWriter(
        page: Page, operations: [String: Operation], headingIDs: [SourceLocation: String], address: SiteAddress, written: WrittenParts
    ) -> (writer: MarkdownWriter, inline: (String) -> String) {
        let roles = blockRoles[page.file] ?? [:]
        // Each response's examples by where they start: the first is written, the others are not.
        var examples: [SourceLocation: (part: String, isFirst: Bool)] = [:]
        for operation in operations.values {
            for (index, response) in operation.responses.enumerated() {
                for (position, example) in response.examples.enumerated() {
                    examples[example.location] = (Self.part(operation.id, index), position == 0)
                }
            }
        }
        let pages = pagesBySlug
        let scheme = configuration.anchors
        let rewrite: (String) -> String = { address.destination($0, onPage: page.slug, pages: pages, scheme: scheme) }
        let keepsRawHTML = configuration.rawHTML == .github
        var inlineWriter = MarkdownWriter(rewriteDestination: rewrite)
        inlineWriter.rawHTML = keepsRawHTML ? RawHTMLSanitizer(rewriteDestination: rewrite) : nil
        let inline: (String) -> String = { [inlineWriter] markdown in
            // Without a link, raw HTML or a line break, the Markdown as written is the one to
            // write: most descriptions, and parsing each cost a third of writing a twin.
            if !markdown.utf8.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "\n") }) {
                return markdown
            }
            let parsed = MarkdownDocument(parsing: SourceFile(path: page.file, text: markdown))
            return parsed.blocks.map { $0.kind == .paragraph ? inlineWriter.writeInline($0.children) : inlineWriter.write($0) }
                .joined(separator: " ")
        }
        let model = self.model
        var writer = MarkdownWriter(rewriteDestination: rewrite, headingIDs: headingIDs)
        writer.rawHTML = keepsRawHTML ? RawHTMLSanitizer(rewriteDestination: rewrite) : nil
        writer.overrideBlock = { [examples] node in
            if case .codeBlock = node.kind, let example = examples[node.range.start] {
                guard example.isFirst else { return .replace(with: "") }
                written.examples.insert(example.part)
                return nil
            }
            switch roles[node.range.start] {
            case nil:
                return nil
            case .hidden?:
                return .replace(with: "")
            case .operationHeading(let id)?:
                return operations[id].map { .append(model.facts($0, inline)) }
            case .parameterTable(let id)?:
                guard let operation = operations[id] else { return nil }
                written.parameterTables.insert(id)
                return .replace(with: model.parameterTable(operation, inline))
            case .responseHeading(let id, let index)?:
                guard let operation = operations[id], index < operation.responses.count else { return nil }
                written.responseHeadings.insert(Self.part(id, index))
                return .replace(with: model.responseHeading(operation.responses[index], level: node.headingLevel ?? 3))
            case .fieldTable(let id, let index)?:
                guard let operation = operations[id], index < operation.responses.count else { return nil }
                written.fieldTables.insert(Self.part(id, index))
                return .replace(with: model.fieldTable(operation.responses[index], inline))
            case .scopeTable?:
                return .replace(with: model.scopeTable(inline, address: address))
            case .errorTable?:
                return .replace(with: model.errorTable(inline, address: address))
            }
        }
        return (writer, inline)
    }

    private static func opensOperation(_ role: BlockRole) -> Bool {
        if case .operationHeading = role { return true }
        return false
    }

    /// What the page did not show of an operation in blocks of its own (docs in another
    /// style may give parameters or fields as a list): written at the end of its section.
    private func missingParts(
        of operation: Operation, level: Int, written: WrittenParts, inline: (String) -> String
    ) -> String {
        var parts: [String] = []
        let subheading = String(repeating: "#", count: min(level + 1, 6))
        if !operation.parameters.isEmpty, !written.parameterTables.contains(operation.id) {
            parts.append(subheading + " Parameters")
            parts.append(model.parameterTable(operation, inline))
        }
        for (index, response) in operation.responses.enumerated() {
            let part = Self.part(operation.id, index)
            if !written.responseHeadings.contains(part) { parts.append(model.responseHeading(response, level: min(level + 1, 6))) }
            if !response.fields.isEmpty, !written.fieldTables.contains(part) { parts.append(model.fieldTable(response, inline)) }
            if let example = response.examples.first, !written.examples.contains(part) { parts.append(model.example(example)) }
        }
        return parts.joined(separator: "\n\n")
    }
}
