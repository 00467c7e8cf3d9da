/// Reads one page's operations, scope table and error table by walking its blocks in order.
///
/// A heading that is not a label opens a section; the section becomes an operation once it
/// has a method, a URL or a label. Labels (`request url:`, `### Parameters`,
/// `**Scopes:**`, `- __SUCCESS__`) say what the blocks after them hold.
struct OperationExtractor {
    /// What the blocks being read belong to.
    private enum Context: Equatable {
        case prose, parameters, responses, response(Int)
    }

    struct Result: Equatable {
        var operations: [Operation] = []
        var scopes: [Scope] = []
        var errorCodes: [ErrorCode] = []
        var profileFacts = ProfileFacts()
        var blockRoles: [SourceLocation: BlockRole] = [:]
    }

    private let slug: String
    private let source: SourceText
    private let headingIDs: [SourceLocation: String]
    private var draft: OperationDraft?
    private var context = Context.prose
    private var result = Result()
    init(document: MarkdownDocument, headingIDs: [SourceLocation: String]) {
        self.slug = document.file.slug
        self.source = SourceText(document.file)
        self.headingIDs = headingIDs
    }

    /// `profileReader`, when there is one, is offered every block first.
    mutating func extract(
        _ blocks: [MarkdownNode], profileReader: (any ProfileReader)? = nil, diagnostics: inout [Diagnostic]
    ) -> Result {
        var profileReader = profileReader
        for block in blocks {
            if profileReader?.read(block, into: &result.profileFacts, diagnostics: &diagnostics) == true {
                if draft != nil { collectNumbers(block) }
                continue
            }
            read(block, diagnostics: &diagnostics)
        }
        profileReader?.finish(into: &result.profileFacts)
        finishOperation()
        return result
    }

    private mutating func read(_ block: MarkdownNode, diagnostics: inout [Diagnostic]) {
        if draft != nil { collectNumbers(block) }
        switch block.kind {
        case .heading(let level):
            readHeading(block, level: level, diagnostics: &diagnostics)
        case .paragraph:
            readParagraph(block, diagnostics: &diagnostics)
        case .table:
            if let table = Table(block) { readTable(table, diagnostics: &diagnostics) }
        case .list:
            readList(block, diagnostics: &diagnostics)
        case .codeBlock(let info, let literal):
            readExample(Example(language: Self.language(info), text: literal, location: block.range.start))
        default:
            break
        }
    }

    // MARK: Headings

    private mutating func readHeading(_ heading: MarkdownNode, level: Int, diagnostics: inout [Diagnostic]) {
        guard level > 1 else {
            finishOperation()
            return
        }
        let line = LabeledLine.heading(heading)
        if let line, let label = Label(normalized: line.label), draft != nil {
            apply(label, line, diagnostics: &diagnostics)
            setRole(role(of: label), at: heading)
            return
        }
        if let draft, level > draft.headingLevel, draft.hasOperationParts {
            if let line, line.hasColon { reportUnknownLabel(line, always: true, diagnostics: &diagnostics) }
            context = .prose
            return
        }
        // A misspelled label right under the heading must not pass for a new section.
        if let draft, level > draft.headingLevel, let line, line.hasColon, Label.suggestion(for: line.label) != nil {
            reportUnknownLabel(line, always: true, diagnostics: &diagnostics)
            context = .prose
            return
        }
        finishOperation()
        let title = heading.plainText.trimmingWhitespace()
        draft = OperationDraft(
            title: Self.removingNumbering(title), anchor: headingIDs[heading.range.start] ?? HeadingIDGenerator.slug(title),
            headingLevel: level, location: heading.range.start)
        setRole(.operationHeading(operationID: draft!.id(page: slug)), at: heading)
        context = .prose
    }

    // MARK: Paragraphs

    private mutating func readParagraph(_ paragraph: MarkdownNode, diagnostics: inout [Diagnostic]) {
        guard draft != nil else { return }
        if paragraph.children.count == 1, case .code(let code) = paragraph.children[0].kind,
            readMethodAndURL(code, at: paragraph.children[0].range, diagnostics: &diagnostics)
        {
            setRole(.hidden, at: paragraph)
            return
        }
        var isProse = true
        var roles: [BlockRole?] = []
        for line in Self.lines(of: paragraph) {
            guard let labeled = LabeledLine.boldLine(line) else {
                roles.append(nil)
                continue
            }
            if let label = Label(normalized: labeled.label) {
                apply(label, labeled, diagnostics: &diagnostics)
                roles.append(role(of: label))
                isProse = false
            } else {
                roles.append(nil)
                if labeled.hasColon, draft?.hasOperationParts == true {
                    reportUnknownLabel(labeled, always: false, diagnostics: &diagnostics)
                }
            }
        }
        // A paragraph of labels the card shows (Scopes, Rate limit) is not shown again.
        if !roles.isEmpty, roles.allSatisfy({ $0 == .hidden }) { setRole(.hidden, at: paragraph) }
        // Prose before the parameters and responses is the operation's summary.
        if isProse, context == .prose, draft?.parameters.isEmpty == true, draft?.responses.isEmpty == true {
            draft?.summary.append(Text(markdown: source.slice(paragraph.range), plain: paragraph.plainText))
        }
    }

    /// The convention's `` `GET https://host/path` `` paragraph.
    private mutating func readMethodAndURL(_ code: String, at range: SourceRange, diagnostics: inout [Diagnostic]) -> Bool {
        let parts = code.trimmingWhitespace().split(separator: " ", maxSplits: 1)
        guard parts.count == 2, let method = HTTPMethod(parsing: String(parts[0])) else { return false }
        guard let url = OperationURL(parsing: String(parts[1])) else {
            var start = range.start
            start.column += code.utf8.count - parts[1].utf8.count
            diagnostics.append(invalidURL(String(parts[1]), range: SourceRange(start: start, length: parts[1].utf8.count)))
            return true
        }
        draft?.method = method
        draft?.url = url
        draft?.hasOperationParts = true
        return true
    }

    // MARK: Labels

    private mutating func apply(_ label: Label, _ line: LabeledLine, diagnostics: inout [Diagnostic]) {
        draft?.hasOperationParts = true
        let valueRange = line.valueRange(source)
        switch label {
        case .url:
            guard let url = OperationURL(parsing: line.plainValue) else {
                diagnostics.append(invalidURL(line.plainValue, range: valueRange))
                return
            }
            draft?.url = url
        case .method:
            guard let method = HTTPMethod(parsing: line.plainValue) else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .unknownMethod,
                        message: "unknown HTTP method '\(line.plainValue)'; use GET, POST, PUT, DELETE, PATCH or HEAD",
                        range: valueRange))
                return
            }
            draft?.method = method
        case .scopes:
            draft?.scopes = ScopeListReader.scopes(in: line.value, source: source)
        case .rateLimit:
            draft?.rateLimit = line.plainValue.isEmpty ? nil : line.plainValue
        case .parameters:
            context = .parameters
        case .responses:
            context = .responses
        case .bodyPrefix:
            guard case .response(let index) = context else { return }
            draft?.responses[index].bodyPrefix = line.plainValue
        case .response(let outcome):
            startResponse(
                outcome, delivery: line.plainValue, at: line.labelRange.start, valueRange: valueRange,
                diagnostics: &diagnostics)
        }
    }

    private mutating func startResponse(
        _ outcome: Response.Outcome, delivery text: String, at location: SourceLocation,
        valueRange: SourceRange? = nil, diagnostics: inout [Diagnostic]
    ) {
        let delivery = OperationDraft.delivery(from: text)
        if delivery == nil, !text.isEmpty, !text.hasPrefix("(") {
            diagnostics.append(
                Diagnostic(
                    .warning, code: .unknownDelivery,
                    message: "unknown delivery '\(text)'; write redirect with query, redirect with fragment, JSON body or callback",
                    range: valueRange ?? SourceRange(start: location, length: 0)))
        }
        draft?.responses.append(OperationDraft.ResponseDraft(outcome: outcome, delivery: delivery, location: location))
        context = .response((draft?.responses.count ?? 1) - 1)
    }

    private func reportUnknownLabel(_ line: LabeledLine, always: Bool, diagnostics: inout [Diagnostic]) {
        let suggestion = Label.suggestion(for: line.label)
        guard always || suggestion != nil else { return }
        diagnostics.append(
            Diagnostic(
                .warning, code: .unknownLabel,
                message: "unknown label '\(line.label)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; midocs skips it"),
                range: SourceRange(start: line.labelRange.start, length: line.label.utf8.count)))
    }

    // MARK: Tables, lists and examples

    private mutating func readTable(_ table: Table, diagnostics: inout [Diagnostic]) {
        let references = ReferenceTableReader(source: source)
        if references.isScopeTable(table) {
            result.scopes += references.scopes(in: table, diagnostics: &diagnostics)
            result.blockRoles[table.location] = .scopeTable
            return
        }
        if references.isErrorTable(table) {
            result.errorCodes += references.errorCodes(in: table, diagnostics: &diagnostics)
            result.blockRoles[table.location] = .errorTable
            return
        }
        switch context {
        case .parameters:
            let placement: Parameter.Placement = draft?.method == .post ? .form : .query
            let reader = ParameterTableReader(source: source, defaultPlacement: placement)
            draft?.parameters += reader.parameters(in: table, diagnostics: &diagnostics)
            if let id = draft?.id(page: slug) { draft?.blockRoles[table.location] = .parameterTable(operationID: id) }
        case .response(let index):
            draft?.responses[index].fields += FieldReader(source: source).fields(in: table, diagnostics: &diagnostics)
            if let id = draft?.id(page: slug) { draft?.blockRoles[table.location] = .fieldTable(operationID: id, response: index) }
        case .prose, .responses:
            break
        }
    }

    private mutating func readList(_ list: MarkdownNode, diagnostics: inout [Diagnostic]) {
        guard draft != nil else { return }
        let outcomes = list.children.map(Self.outcome(of:))
        if outcomes.allSatisfy({ $0 == nil }) {
            if case .response(let index) = context, let fields = FieldReader(source: source).fields(inList: list) {
                draft?.responses[index].fields += fields
                if let id = draft?.id(page: slug) { draft?.blockRoles[list.range.start] = .fieldTable(operationID: id, response: index) }
            }
            return
        }
        // `- __SUCCESS__` and `- __FAILED__`: each item opens a response.
        for (item, outcome) in zip(list.children, outcomes) {
            guard let outcome else { continue }
            draft?.hasOperationParts = true
            startResponse(outcome, delivery: "", at: item.range.start, diagnostics: &diagnostics)
            for block in item.children.dropFirst() { read(block, diagnostics: &diagnostics) }
        }
    }

    /// SUCCESS or FAILED when a list item starts with that word in bold.
    private static func outcome(of item: MarkdownNode) -> Response.Outcome? {
        guard let first = item.children.first, first.kind == .paragraph,
            let labeled = LabeledLine.boldLine(first.children),
            case .response(let outcome)? = Label(normalized: labeled.label)
        else { return nil }
        return outcome
    }

    private mutating func readExample(_ example: Example) {
        guard draft != nil else { return }
        switch context {
        case .response(let index):
            draft?.responses[index].examples.append(example)
        case .responses:
            draft?.responses.append(
                OperationDraft.ResponseDraft(outcome: .success, examples: [example], location: example.location))
            context = .response((draft?.responses.count ?? 1) - 1)
        case .prose, .parameters:
            break
        }
    }

    // MARK: Helpers

    /// How the site shows a block that holds `label`.
    private func role(of label: Label) -> BlockRole? {
        switch label {
        case .url, .method, .scopes, .rateLimit, .bodyPrefix:
            return .hidden
        case .response:
            guard let draft, !draft.responses.isEmpty else { return nil }
            return .responseHeading(operationID: draft.id(page: slug), response: draft.responses.count - 1)
        case .parameters, .responses:
            return nil
        }
    }

    private mutating func setRole(_ role: BlockRole?, at block: MarkdownNode) {
        guard let role else { return }
        draft?.blockRoles[block.range.start] = role
    }

    /// Numbers in the block's text, code and examples, for the error codes it cites.
    private mutating func collectNumbers(_ block: MarkdownNode) {
        var numbers: Set<Int> = []
        block.walk { node in
            switch node.kind {
            case .text(let text), .code(let text), .codeBlock(_, let text):
                let start = SourceLocation(file: "", line: 1, column: 1)
                for (number, _) in NumberScanner.numbers(in: Array(text.utf8), at: start) { numbers.insert(number) }
            default:
                break
            }
        }
        draft?.mentionedNumbers.formUnion(numbers)
    }

    private mutating func finishOperation() {
        if let draft, draft.hasOperationParts {
            result.operations.append(draft.makeOperation(page: slug))
            result.blockRoles.merge(draft.blockRoles) { first, _ in first }
        }
        draft = nil
        context = .prose
    }

    private func invalidURL(_ text: String, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .error, code: .invalidURL,
            message: text.isEmpty
                ? "the operation's URL is empty; write the full URL, such as 'https://host/path'"
                : "'\(text)' is not a full http or https URL; write it as 'https://host/path'",
            range: range)
    }

    /// The lines between a fenced block's fences.
    static func contentRange(ofFence block: MarkdownNode) -> SourceRange {
        var start = block.range.start
        start.line += 1
        start.column = 1
        var end = block.range.end
        end.column = 1
        return SourceRange(start: start, end: end.line > start.line ? end : start)
    }

    /// A paragraph's inline nodes split at its line breaks.
    private static func lines(of paragraph: MarkdownNode) -> [[MarkdownNode]] {
        var lines: [[MarkdownNode]] = [[]]
        for node in paragraph.children {
            if node.kind == .softBreak || node.kind == .lineBreak {
                lines.append([])
            } else {
                lines[lines.count - 1].append(node)
            }
        }
        return lines.filter { !$0.isEmpty }
    }

    /// "1. Listing a User's Buckets" is "Listing a User's Buckets".
    static func removingNumbering(_ title: String) -> String {
        let numbering = title.prefix { ("0"..."9").contains($0) || $0 == "." }
        guard numbering.contains("."), numbering.first?.isNumber == true else { return title }
        let rest = title.dropFirst(numbering.count).trimmingWhitespace()
        return rest.isEmpty ? title : rest
    }

    /// The first word of a fence's info string: "json extra" is `json`.
    static func language(_ info: String) -> String {
        info.split(separator: " ").first.map(String.init)?.lowercased() ?? ""
    }
}
