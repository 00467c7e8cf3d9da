/// Reads one page's operations, scope table and error table by walking its blocks in order.
///
/// A title heading opens a section; the section becomes an operation once it declares an
/// endpoint or has a label. Endpoints are declared in many shapes (a `GET /path` line or
/// fenced block, URL and method labels in headings, bold or plain lines, list items and
/// key/value tables); labels (`### Parameters`, `**Scopes:**`, `#### 返回参数`) say what
/// the blocks after them hold. `SectionPlan` decides beforehand which headings open one.
struct OperationExtractor {
    /// What the blocks being read belong to.
    enum Context: Equatable {
        case prose
        /// After a URL label without a value (`### HTTP Request`): the endpoint follows.
        case request
        case parameters(Parameter.Placement?)
        case responses
        case response(Int)
        case examples
    }

    struct Result: Equatable {
        var operations: [Operation] = []
        var scopes: [Scope] = []
        var errorCodes: [ErrorCode] = []
        var profileFacts = ProfileFacts()
        var blockRoles: [SourceLocation: BlockRole] = [:]

        /// Takes these operations out, and the roles of their blocks with them: the blocks
        /// are shown as written.
        mutating func removeOperations(_ ids: Set<String>) {
            operations.removeAll { ids.contains($0.id) }
            blockRoles = blockRoles.filter { _, role in role.operationID.map(ids.contains) != true }
        }
    }

    let slug: String
    let source: SourceText
    private var headingIDs: [SourceLocation: String]
    /// The host of relative paths when the page states none (site.yml `servers:`).
    private let server: OperationURL?
    var draft: OperationDraft?
    var context = Context.prose
    /// A URL or method label whose value is the next block's text.
    var pending: Label?
    /// Where a label that promised its value on the next line stands.
    var promised: SourceRange?
    /// The page's `Base URL:` line, for its relative paths.
    var pageBase: OperationURL?
    /// "All requests are POST", "使用 HTTP GET:": the method of the page's operations that
    /// give none; the first such sentence counts.
    var pageMethod: MethodHint?
    /// "Request parameters are all passed in headers": where the page's parameters go when
    /// their own table or section does not say.
    var pagePlacement: Parameter.Placement?
    /// "Required parameters:", "可选参数": what the open parameter section says of the
    /// parameters in it that do not say for themselves.
    var sectionRequired: Bool?
    /// The last operation finished, with how many operations it made, and the highest
    /// heading level seen since: a parameter section later in its parent section is its.
    private var finished: (draft: OperationDraft, count: Int)?
    private var shallowestSinceFinished = Int.max
    /// The level of the open operation's outermost subsection that is not one of its parts
    /// ("Ranking"): parameter headings under it are that subsection's own.
    private var subsectionLevel: Int?
    /// The operations of each section whose endpoints a table listed.
    private var listedGroups: [[String]] = []
    /// The heading level of each operation made, by id.
    private var headingLevels: [String: Int] = [:]
    /// The parameter whose fields the next table lists (`**payload Object Fields**`).
    var fieldsOf: String?
    /// Blocks read under the current heading, to know a section's first one.
    var sectionBlocks = 0
    var result = Result()
    private var plan = SectionPlan([])
    /// The plan says the open operation's section declares an endpoint: the headings under
    /// it that declare none ("接口描述", "Notes") are its subsections.
    private var draftDeclares = false
    /// API Blueprint: the resource heading above (`## Login [/api/login]`), its level and
    /// URI template; and whether the open operation is one of its actions.
    private var blueprintResource: (level: Int, template: String)?
    var isBlueprintAction = false
    /// The awaited URL's label named the request itself ("Request", "请求"), not only its URL.
    var labelNamesRequest = false
    /// Where the page's first heading stands: a generic one there ("接口描述") is no title.
    private var firstHeadingLine = 0
    /// The title headings above, by level, for a part's heading to take its parent's title.
    private var titles: [(level: Int, title: String)] = []

    /// The title the page's front matter gives, for an operation above its first heading.
    private let frontMatterTitle: String?
    /// The endpoint the page's front matter declares, which the page's top documents.
    private let frontMatterEndpoint: FrontMatterEndpoint?

    init(document: MarkdownDocument, headingIDs: [SourceLocation: String], server: OperationURL? = nil) {
        self.frontMatterTitle = document.frontMatterTitle
        self.frontMatterEndpoint = document.frontMatterEndpoint
        self.slug = document.file.slug
        self.source = SourceText(document.file)
        self.headingIDs = headingIDs
        self.server = server
    }

    /// `profileReader`, when there is one, is offered every block first.
    mutating func extract(
        _ blocks: [MarkdownNode], profileReader: (any ProfileReader)? = nil, diagnostics: inout [Diagnostic]
    ) -> Result {
        let blocks = BoldHeading.converted(ListedHeading.converted(blocks)).map { block in
            let converted = HTMLHeading.converted(block)
            if converted.kind != block.kind, case .htmlBlock(let html) = block.kind, let id = HTMLHeading.id(of: html) {
                headingIDs[block.range.start] = id
            }
            return converted
        }
        plan = SectionPlan(blocks)
        firstHeadingLine = blocks.first { if case .heading = $0.kind { true } else { false } }?.range.start.line ?? 0
        openUntitledSection(blocks)
        var profileReader = profileReader
        for (index, block) in blocks.enumerated() {
            if profileReader?.read(block, into: &result.profileFacts, diagnostics: &diagnostics) == true {
                if draft != nil { collectNumbers(block) }
                continue
            }
            if case .heading(let level) = block.kind {
                sectionBlocks = 0
                sectionRequired = nil
                fieldsOf = nil
                reportEmptyValue(diagnostics: &diagnostics)
                readHeading(block, level: level, declares: plan.declaring.contains(index), diagnostics: &diagnostics)
            } else {
                read(block, diagnostics: &diagnostics)
            }
        }
        profileReader?.finish(into: &result.profileFacts)
        finishOperation(diagnostics: &diagnostics)
        mergeParameterSections()
        applySharedExplanations()
        dropRepeatedOverviews()
        dropIntroductions(diagnostics: &diagnostics)
        resolveRelativeURLs(diagnostics: &diagnostics)
        return result
    }

    /// "The `/aggregates` API endpoint" (its method read from a sentence), then `### /aggregates
    /// (GET)` under it: a section introducing the call below it, which says nothing of its own.
    private mutating func dropIntroductions(diagnostics: inout [Diagnostic]) {
        var introductions: Set<String> = []
        for (index, operation) in result.operations.enumerated().dropLast() {
            let next = result.operations[index + 1]
            guard operation.parameters.allSatisfy({ $0.placement == .path }), operation.responses.isEmpty, operation.method == next.method,
                operation.url == next.url, operation.url != nil,
                headingLevels[operation.id] ?? Int.max < headingLevels[next.id] ?? 0
            else { continue }
            introductions.insert(operation.id)
            // Nor is its method, read from a sentence, worth a warning.
            diagnostics.removeAll { $0.code == .inferredMethod && $0.range?.start == operation.location }
        }
        result.removeOperations(introductions)
    }

    static func isGenericPartTitle(_ title: String) -> Bool {
        ["接口描述", "接口说明", "功能描述", "功能说明", "功能介绍", "描述", "说明", "简介", "概述", "请求说明", "description", "overview",
            "summary", "introduction"].contains(Label.normalize(title))
    }

    /// A table at the top of a page listing its endpoints, each declared again in a section
    /// of its own below: an overview of the page, not operations of its own.
    private mutating func dropRepeatedOverviews() {
        let key = { (operation: Operation) in "\(operation.method?.rawValue ?? "-") \(operation.url?.path ?? "-")" }
        for group in listedGroups {
            let ids = Set(group)
            let elsewhere = Set(result.operations.filter { !ids.contains($0.id) && $0.url != nil }.map(key))
            guard result.operations.filter({ ids.contains($0.id) }).allSatisfy({ elsewhere.contains(key($0)) }) else { continue }
            result.removeOperations(ids)
        }
    }

    mutating func read(_ block: MarkdownNode, diagnostics: inout [Diagnostic]) {
        sectionBlocks += 1
        if draft != nil {
            collectNumbers(block)
            noteContentType(block)
        }
        let awaited = pending
        pending = nil
        promised = nil
        // The awaited URL or method is this block; after it, prose again, unless the label
        // named the whole request (`### Request`), whose body may follow the URL.
        defer { if awaited != nil, context == .request, !labelNamesRequest { context = .prose } }
        // `> POST /group/admin/add`: the request line set off as a quote, under its heading.
        if case .blockQuote = block.kind, draft != nil, awaited == nil, declaresHere, let lines = Self.quotedRequests(block) {
            for line in lines { draft?.declare(line) }
            setRole(.hidden, at: block)
            return
        }
        switch block.kind {
        case .heading(let level):
            readHeading(block, level: level, declares: false, diagnostics: &diagnostics)
        case .paragraph:
            // `###### 请求说明`, then `Https请求方式: GET`, then the URL: the method between.
            if awaited == .url, let line = Self.methodLine(block) {
                apply(.method, line, diagnostics: &diagnostics)
                pending = awaited
                return
            }
            readParagraph(block, awaited: awaited, diagnostics: &diagnostics)
        case .table:
            if let table = Table(block) { readTable(table, diagnostics: &diagnostics) }
        case .list:
            readList(block, awaited: awaited, diagnostics: &diagnostics)
        case .codeBlock(let info, let literal):
            readCode(block, info: info, literal: literal, awaited: awaited, diagnostics: &diagnostics)
        case .blockQuote where draft == nil || draft?.endpoints.isEmpty == true && awaited == nil:
            // `> 所有接口都为 POST,参数为 json 格式放在 body 中`: a note about every request.
            for paragraph in block.children where paragraph.kind == .paragraph {
                for line in Self.lines(of: paragraph) {
                    let text = Self.text(of: line)
                    notePageMethod(text, at: line.first?.range.start ?? paragraph.range.start)
                    if let placement = Self.pagePlacement(text) { pagePlacement = placement }
                }
            }
            if draft != nil {
                for table in block.children.compactMap(Table.init) { readTable(table, diagnostics: &diagnostics) }
            }
        case .blockQuote where draft != nil:
            if awaited != nil || { if case .parameters = context { true } else { false } }() {
                // `## 请求地址` over `` > `favorite/[id]/toggle` ``, `#### Header` over `> - ...`:
                // the value or the parameters, set off as a quote.
                sectionBlocks -= 1
                pending = awaited
                for child in block.children { read(child, diagnostics: &diagnostics) }
                return
            }
            // `> | 参数名称 | 是否必传 |`: a table set off as a quote is still the section's.
            for table in block.children.compactMap(Table.init) { readTable(table, diagnostics: &diagnostics) }
        case .htmlBlock(let html):
            if let marker = MkDocsContainers.marker(inComment: html) {
                if draft != nil { readContainer(marker, at: block.range.start) }
                break
            }
            if declaresHere, let found = HTMLEndpoint.endpoint(in: html), !found.line.isExample {
                draft?.declare(found.line.method, found.line.url)
            }
            if let placement = parameterPlacementHere, let rows = HTMLDefinitionList.rows(in: html, placement: placement, at: block.range.start) {
                addParameters(rows)
                draft?.hasOperationParts = true
                break
            }
            if let header = HTMLTableHeader.cells(in: html), Table.describesNamedValues(header) {
                if draft != nil, let table = HTMLTable.table(in: html, at: block) {
                    readTable(table, diagnostics: &diagnostics)
                } else {
                    diagnostics.append(Self.htmlParameterTable(header, at: block.range.start))
                }
            }
        default:
            break
        }
    }

    /// `??? example "示例"`, `=== "请求"`, `=== "Response"`: what an MkDocs container's title
    /// says the blocks in it show.
    private mutating func readContainer(_ marker: (kind: String, title: String?), at location: SourceLocation) {
        // `!!! example ""` says no more than the heading above it, unless that is prose.
        let title = marker.title.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
        // `=== "POST"`: a tab for each method of the endpoint, its parameters inside.
        if let title, title == title.uppercased(), let method = HTTPMethod(parsing: title) {
            draft?.declare(methods: [method])
            context = .parameters(nil)
            return
        }
        let label = title.flatMap { Label(normalized: Label.normalize($0)) } ?? (marker.kind == "example" && context == .prose ? .examples : nil)
        switch label {
        // "请求", "Request": the request shown, whose JSON is the body sent.
        case .url?, .parameters(.body)?: context = .request
        case .examples?: context = .examples
        case .responses?: context = .responses
        case .response(let outcome)?: startResponse(outcome, status: nil, at: location)
        default: break
        }
    }

    // MARK: Headings

    private mutating func readHeading(
        _ heading: MarkdownNode, level: Int, declares: Bool, diagnostics: inout [Diagnostic]
    ) {
        let line = LabeledLine.heading(heading)
        defer { shallowestSinceFinished = min(shallowestSinceFinished, level) }
        // `## 请求参数，以application/x-www-form-urlencoded传递`: the open operation's body is a form.
        let saysForm = Self.saysForm(heading.plainText)
        if draft != nil, saysForm { draft?.isFormBody = true }
        if let resource = blueprintResource, level <= resource.level { blueprintResource = nil }
        if Blueprint.mayDeclare(heading), let template = Blueprint.resource(Self.text(of: heading.children)) { blueprintResource = (level, template) }
        // `#### Optional` under `### Query parameters`: the parameters to come are optional.
        if let line, line.value.isEmpty, case .parameters = context, let draft, level > draft.headingLevel,
            let required = Label.requiredGroup(Label.normalize(Label.withoutHeadingID(line.label)))
        {
            sectionRequired = required
            return
        }
        if let line, let label = Label(heading: line.label) ?? misspelledLabel(line, level: level, diagnostics: &diagnostics) {
            if case .parameters = label, draft?.hasOperationParts != true, resumeFinished(under: level, diagnostics: &diagnostics) {
                apply(label, line, diagnostics: &diagnostics)
                return
            }
            if let subsectionLevel, draft != nil {
                // `## Ranking`, `### Closeness`, `#### Parameters`: the parameters of a rule, not of the call.
                // But `### Request URL`, `## Payment types`, `### Request Parameters`: a label as
                // deep as the operation's other labels is still the operation's.
                if case .parameters = label, level > subsectionLevel, level > draft?.labelLevel ?? Int.max {
                    context = .examples
                    return
                }
                if level <= subsectionLevel { self.subsectionLevel = nil }
            }
            // A label belongs to the operation above; it never opens one.
            guard let draft, level > draft.headingLevel || draft.hasOperationParts else {
                finishOperation(diagnostics: &diagnostics)
                return
            }
            self.draft?.labelLevel = min(draft.labelLevel ?? level, level)
            apply(label, line, diagnostics: &diagnostics)
            setRole(role(of: label, valued: !line.value.isEmpty), at: heading)
            return
        }
        // `#### 200 OK`, `### Response 404`: a response with its status.
        if let draft, level > draft.headingLevel, !declares, let status = Self.statusHeading(heading.plainText) {
            startResponse(status < 400 ? .success : .failure, status: status, at: heading.range.start)
            return
        }
        if let draft, level > draft.headingLevel, !declares, draft.hasOperationParts || draftDeclares {
            // A subsection of the operation: "Notes", "Errors".
            context = .prose
            subsectionLevel = min(subsectionLevel ?? level, level)
            return
        }
        finishOperation(diagnostics: &diagnostics)
        draftDeclares = declares
        var title = Label.withoutHeadingID(heading.plainText.trimmingWhitespace())
        // `### 1.增加设备:`: the colon introduces the section; it is not part of the title.
        while title.count > 1, title.hasSuffix(":") || title.hasSuffix("：") { title.removeLast() }
        titles.removeAll { $0.level >= level }
        // `## 接口描述` (or `**接口描述**`) names a part, not the call: the heading above it does,
        // or, first on a page with no title heading, the page's title.
        if Self.isGenericPartTitle(title) {
            if let parent = titles.last {
                title = parent.title
            } else if heading.range.start.line <= firstHeadingLine {
                title = frontMatterTitle ?? FileName.title(ofSlug: slug)
            }
        }
        titles.append((level, title))
        draft = OperationDraft(
            title: Self.removingNumbering(title), anchor: headingIDs[heading.range.start] ?? HeadingIDGenerator.slug(title),
            headingLevel: level, location: heading.range.start)
        setRole(.operationHeading(operationID: draft!.id(page: slug)), at: heading)
        if saysForm { draft?.isFormBody = true }
        context = .prose
        // `## GET /repos/:owner/:repo`: the heading is the declaration.
        let headingText = Label.withoutHeadingID(Self.text(of: heading.children))
        isBlueprintAction = false
        if Blueprint.mayDeclare(heading), let (method, template) = Self.blueprintAction(headingText, resource: blueprintResource?.template) {
            let (path, queryNames) = Blueprint.split(template: template)
            if let url = OperationURL(parsingReference: path) {
                draft?.declare(method, url)
                draft?.addQueryNames(queryNames)
                if let last = draft?.endpoints.indices.last { draft?.endpoints[last].isFromHeading = true }
                isBlueprintAction = true
                // The bracket is the declaration, not part of the title.
                if let bracket = title.lastIndex(of: "["), bracket > title.startIndex {
                    draft?.title = String(title[..<bracket]).trimmingWhitespace()
                }
            }
        // `## <span class="tag">POST</span> /query`: the method marked up in HTML.
        } else if let endpoint = EndpointLine(headingText, strict: true, titled: true)
            ?? EndpointLine(Label.withoutHeadingID(heading.plainText), strict: true, titled: true)
        {
            draft?.declare(endpoint)
            if let last = draft?.endpoints.indices.last { draft?.endpoints[last].isFromHeading = true }
            // "Get all notes (`GET /notes`)": the title is what stands before the request line.
            if title.hasSuffix(")"), let open = title.lastIndex(of: "("),
                EndpointLine(String(title[title.index(after: open)...].dropLast())) == endpoint
            {
                let before = String(title[..<open]).trimmingWhitespace()
                if !before.isEmpty { draft?.title = Self.removingNumbering(before) }
            }
        } else {
            draft?.headingURL = Self.lonePath(headingText) ?? Self.codePath(in: heading)
        }
    }

    /// `### Log in [GET]` under a resource's template, or `### Create [POST /api/users{?ttl}]`.
    static func blueprintAction(_ heading: String, resource: String?) -> (HTTPMethod, String)? {
        if let method = Blueprint.action(heading), let resource { return (method, resource) }
        guard heading.hasSuffix("]"), let open = heading.lastIndex(of: "[") else { return nil }
        let parts = heading[heading.index(after: open)...].dropLast().split(separator: " ")
        guard parts.count == 2, let method = HTTPMethod(parsing: String(parts[0])), parts[0] == parts[0].uppercased(),
            parts[1].hasPrefix("/")
        else { return nil }
        return (method, String(parts[1]))
    }

    /// "Connection Information (`/connz`)": a title naming its path in code.
    static func codePath(in heading: MarkdownNode) -> OperationURL? {
        var paths: [OperationURL] = []
        for child in heading.children {
            if case .code(let code) = child.kind, let url = lonePath(code.trimmingCharacters(in: "()（）")) { paths.append(url) }
        }
        return paths.count == 1 ? paths[0] : nil
    }

    /// ``### `/logs` ``: a heading that is a path alone names the URL of the methods its
    /// section gives; without one it is only a title.
    static func lonePath(_ text: String) -> OperationURL? {
        let path = text.trimmingCharacters(in: "`")
        guard path.hasPrefix("/"), path.count > 1, !path.contains(where: \.isWhitespace) else { return nil }
        return OperationURL(parsingReference: path)
    }

    /// A label misspelled by one or two letters under an operation (`request utl:`) is read
    /// as the label it is close to, with a warning and its fix.
    private func misspelledLabel(_ line: LabeledLine, level: Int, diagnostics: inout [Diagnostic]) -> Label? {
        // Only a heading written as a label (`request utl:`): "Endpoints" is a title, not a typo.
        guard draft != nil, line.hasColon, let suggestion = Label.suggestion(for: line.label),
            let label = Label(normalized: suggestion)
        else { return nil }
        reportMisspelledLabel(line, suggestion: suggestion, diagnostics: &diagnostics)
        return label
    }

    func reportMisspelledLabel(_ line: LabeledLine, suggestion: String, diagnostics: inout [Diagnostic]) {
        let range = SourceRange(start: line.labelRange.start, length: line.label.utf8.count)
        diagnostics.append(
            Diagnostic(
                .warning, code: .unknownLabel,
                message: "unknown label '\(line.label)', read as '\(suggestion)'; correct it to '\(suggestion)'",
                range: range, fixIts: [Diagnostic.FixIt(range: range, replacement: suggestion)]))
    }

    /// A `request url:` or `request method:` line whose value never came: the next block is
    /// a heading.
    private mutating func reportEmptyValue(diagnostics: inout [Diagnostic]) {
        defer {
            pending = nil
            promised = nil
        }
        guard let label = pending, let range = promised else { return }
        if label == .url {
            diagnostics.append(invalidURL("", range: range))
        } else {
            diagnostics.append(
                Diagnostic(.warning, code: .unknownMethod, message: "the operation's method is empty; write GET, POST, PUT, DELETE or PATCH", range: range))
        }
    }

    /// The status of a heading such as `200 OK`, `HTTP 201`, `Response 404`, `返回 200`.
    static func statusHeading(_ text: String) -> Int? {
        var words = Label.normalize(text).split(separator: " ")
        if let first = words.first, ["response", "http", "status", "返回", "响应"].contains(first) { words.removeFirst() }
        guard let code = words.first.flatMap({ Int($0) }), words.first?.count == 3, (100...599).contains(code), words.count <= 4
        else { return nil }
        return code
    }

    // MARK: Helpers

    /// How the site shows a block that holds `label`.
    func role(of label: Label, valued: Bool = true) -> BlockRole? {
        switch label {
        case .url, .method, .baseURL:
            return valued ? .hidden : nil
        case .scopes, .rateLimit, .bodyPrefix:
            return .hidden
        case .response:
            guard let draft, !draft.responses.isEmpty else { return nil }
            return .responseHeading(operationID: draft.id(page: slug), response: draft.responses.count - 1)
        case .parameters, .responses, .examples, .status:
            return nil
        }
    }

    mutating func setRole(_ role: BlockRole?, at block: MarkdownNode) {
        guard let role else { return }
        draft?.blockRoles[block.range.start] = role
    }

    /// Whether the blocks being read describe the request: prose, the request, its parameters.
    var isReadingRequest: Bool {
        switch context {
        case .prose, .request, .parameters: true
        default: false
        }
    }

    /// A section that says its body is a form (`Content-Type: application/x-www-form-urlencoded`)
    /// sends its body parameters as form fields.
    private mutating func noteContentType(_ block: MarkdownNode) {
        switch block.kind {
        case .codeBlock(_, let text):
            if Self.saysForm(text) { draft?.isFormBody = true }
            if Self.sendsJSON(text) { draft?.sendsJSON = true }
        case .paragraph:
            // Written in code, where docs write it: `Content-Type: application/x-www-form-urlencoded`.
            // Or in words: "以application/x-www-form-urlencoded传递".
            if Self.saysForm(block.plainText) { draft?.isFormBody = true }
            if isReadingRequest, draft?.sendsJSON == false, Self.mentionsJSON(block), Self.saysJSONRequest(block.plainText) {
                draft?.sendsJSON = true
            }
        case .table where isReadingRequest:
            // `| Content-Type | application/json | 固定值 |`: a header row of the request.
            for row in block.children.dropFirst() {
                guard let name = row.children.first?.plainText.trimmingWhitespace(), name.lowercased() == "content-type" else { continue }
                let rest = row.children.dropFirst().map(\.plainText).joined(separator: " ")
                if rest.containsBytes("application/json") { draft?.sendsJSON = true }
                if Self.saysForm(rest) { draft?.isFormBody = true }
            }
        default:
            break
        }
    }

    /// A curl call or a raw request that sends JSON (`-d '{...}'`, `Content-Type:
    /// application/json`): the section's body is JSON, wherever its example stands.
    static func sendsJSON(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        let isRequest = trimmed.containsBytes("curl ") || EndpointLine(String(trimmed.prefix { $0 != "\n" })) != nil
        guard isRequest else { return false }
        return trimmed.containsBytes("application/json") || trimmed.containsBytes("-d '{") || trimmed.containsBytes("-d \"{")
            || trimmed.containsBytes("--data '{") || trimmed.containsBytes("--data-raw '{") || trimmed.containsBytes("-d @")
    }

    /// Whether a text node of the block holds "JSON": checked before its text is put together.
    static func mentionsJSON(_ block: MarkdownNode) -> Bool {
        var found = false
        block.walk { node in
            if !found, case .text(let text) = node.kind { found = text.containsBytes("JSON") || text.containsBytes("json") }
        }
        return found
    }

    /// "请求体为 JSON", "The request body is a JSON object": a sentence about the request.
    static func saysJSONRequest(_ text: String) -> Bool {
        guard text.utf8.count < 300, text.containsBytes("JSON") || text.containsBytes("json") else { return false }
        let lowered = Label.simplified(text)
        return lowered.contains("请求体") || lowered.contains("request body") || lowered.contains("application/json")
            && (lowered.contains("request") || lowered.contains("请求"))
    }

    /// Searched as bytes: Foundation's search would be most of the reading time.
    private static func saysForm(_ text: String) -> Bool {
        text.containsBytes("x-www-form-urlencoded") || text.containsBytes("multipart/form-data")
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

    mutating func finishOperation(diagnostics: inout [Diagnostic]) {
        if draft?.endpoints.isEmpty == true, let line = draft?.filledInRequest {
            draft?.declare(line.method, line.url)
            draft?.addQueryNames(line.filledInNames)
        }
        if let draft, let url = draft.headingURL {
            for index in draft.endpoints.indices where draft.endpoints[index].url == nil { self.draft?.endpoints[index].url = url }
            // No method given, but one implied (a call shown as a link, a sentence): the
            // heading's path is an endpoint, its method inferred below.
            if draft.endpoints.isEmpty, methodHint(for: OperationDraft.Endpoint(url: url), in: draft) != nil { self.draft?.declare(url: url) }
        }
        // `## 请求方式` under the page's title, with no URL: the method of the page's operations.
        if pageMethod == nil, let draft, draft.endpoints.allSatisfy({ $0.url == nil }), let method = draft.endpoints.first?.method {
            pageMethod = MethodHint(method: method, location: draft.location, source: "the method stated for the page")
        }
        for index in draft?.endpoints.indices ?? 0..<0 where draft?.endpoints[index].method == nil {
            guard let draft, let hint = methodHint(for: draft.endpoints[index], in: draft) else { continue }
            self.draft?.endpoints[index].method = hint.method
            diagnostics.append(Self.inferredMethod(hint, title: draft.title, at: draft.location))
        }
        if let pagePlacement {
            let inPaths = Set(draft?.endpoints.flatMap { $0.url?.pathParameters ?? [] } ?? [])
            for index in draft?.parameters.indices ?? 0..<0
            where draft?.parameters[index].isPlacementStated == false && !inPaths.contains(draft?.parameters[index].parameter.name ?? "") {
                draft?.parameters[index].parameter.placement = pagePlacement
                draft?.parameters[index].isPlacementStated = true
            }
        }
        if var draft, draft.hasOperationParts, !draft.isEmpty {
            // The card shows every parameter at the first table; later tables say no more.
            let tables = draft.blockRoles.filter { if case .parameterTable = $0.value { true } else { false } }.keys.sorted()
            for later in tables.dropFirst() { draft.blockRoles[later] = .hidden }
            let operations = draft.makeOperations(page: slug)
            result.operations += operations
            if draft.listsEndpoints { listedGroups.append(operations.map(\.id)) }
            for operation in operations { headingLevels[operation.id] = draft.headingLevel }
            result.blockRoles.merge(draft.blockRoles) { first, _ in first }
            finished = (draft, operations.count)
            shallowestSinceFinished = Int.max
        }
        draft = nil
        context = .prose
        pending = nil
        sectionRequired = nil
        subsectionLevel = nil
    }

    /// A page whose request line comes before any heading (Hugo's and Jekyll's pages title
    /// themselves in front matter): its top is one operation, titled as the page is.
    private mutating func openUntitledSection(_ blocks: [MarkdownNode]) {
        let top = blocks.prefix { if case .heading = $0.kind { false } else { true } }
        // Or the page's first heading is a URL label (`## Endpoints`) under a title of front matter.
        let labelFirst = frontMatterTitle != nil && blocks.first { if case .heading = $0.kind { true } else { false } }
            .flatMap(LabeledLine.heading).flatMap { Label(heading: $0.label) } == .url
        guard let first = blocks.first, top.contains(where: SectionPlan.declares) || labelFirst || frontMatterEndpoint != nil else { return }
        let title = frontMatterTitle ?? FileName.title(ofSlug: slug)
        draft = OperationDraft(title: title, anchor: HeadingIDGenerator.slug(title), headingLevel: 1, location: first.range.start)
        draftDeclares = true
        if let frontMatterEndpoint { declare(frontMatterEndpoint, at: SourceLocation(file: first.range.start.file, line: 1, column: 1)) }
    }

    /// `method:`, `route:`, `url:` and `parameters:` of the front matter.
    private mutating func declare(_ endpoint: FrontMatterEndpoint, at location: SourceLocation) {
        let written = (endpoint.host.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? "") + endpoint.route
        guard let method = HTTPMethod(parsing: endpoint.method.uppercased()),
            let url = OperationURL(parsingReference: written) ?? OperationURL(parsingReference: endpoint.route)
        else { return }
        draft?.declare(method, url)
        draft?.addQueryNames(EndpointLine.queryPlaceholders(in: endpoint.route))
        let places: [String: Parameter.Placement] = [
            "query": .query, "path": .path, "body": .body, "header": .header, "headers": .header, "form": .form, "formdata": .form,
        ]
        addParameters(
            endpoint.parameters.map { parameter in
                let placement = places[parameter.placement.lowercased()]
                let type = ValueType(parsing: parameter.type)
                return ParameterTableReader.Row(
                    parameter: Parameter(
                        name: parameter.name, placement: placement ?? .query, isRequired: parameter.isRequired, type: type,
                        typeName: parameter.type, description: Text(markdown: parameter.description, plain: parameter.description),
                        fixedValue: nil, location: location),
                    isPlacementStated: placement != nil)
            })
    }

    /// `## Create a collection`, `### With a schema` (the request), `### Other ways`, then
    /// `### Schema parameters`: a parameter heading no deeper than the last operation's,
    /// still in its parent section and with no operation between, reopens it.
    private mutating func resumeFinished(under level: Int, diagnostics: inout [Diagnostic]) -> Bool {
        guard let finished, level <= finished.draft.headingLevel, shallowestSinceFinished >= level,
            result.operations.count >= finished.count
        else { return false }
        finishOperation(diagnostics: &diagnostics)
        result.operations.removeLast(finished.count)
        draft = finished.draft
        draftDeclares = true
        self.finished = nil
        return true
    }

    /// "Params Explanation" above several endpoints (`- name: ..., required.`), each showing
    /// its body by example alone: what the section says of a name holds for the endpoints
    /// below it that say nothing of it. The section is an explanation: once used, it is no
    /// operation of its own.
    private mutating func applySharedExplanations() {
        var explained: [String: Bool] = [:]
        var level = Int.max
        var explaining: String?
        var used: Set<String> = []
        for index in result.operations.indices {
            let operation = result.operations[index]
            let operationLevel = headingLevels[operation.id] ?? 1
            if operation.url == nil, operation.method == nil {
                explained = [:]
                for parameter in operation.parameters { explained[parameter.name] = parameter.isRequired }
                level = operationLevel
                explaining = operation.id
                continue
            }
            // Only the endpoints in the explaining section, deeper than its heading, or the
            // one right after it beside it ("Function Introduction", then "Usage").
            let isNextBeside = operationLevel == level && index > 0 && result.operations[index - 1].id == explaining
            guard operationLevel > level || isNextBeside, let explaining else {
                explained = [:]
                continue
            }
            for (position, parameter) in operation.parameters.enumerated() where parameter.isRequired == nil {
                guard let value = explained[parameter.name] else { continue }
                result.operations[index].parameters[position].isRequired = value
                used.insert(explaining)
            }
        }
        result.removeOperations(used)
    }

    /// A page that declares one endpoint documents it whole: sections of parameters with
    /// no method and URL of their own ("Search parameters", far from the request line) are
    /// its parameters, not operations.
    private mutating func mergeParameterSections() {
        let declared = result.operations.indices.filter { result.operations[$0].url != nil }
        guard declared.count == 1, let target = declared.first else { return }
        // Not a subsection's own parameters ("Sorting rules", "Parameters" under it): those
        // stand deeper than the endpoint's heading.
        let level = headingLevels[result.operations[target].id] ?? 1
        // A section's response example goes along when the endpoint shows none of its own.
        var takesResponses = result.operations[target].responses.isEmpty
        let sections = result.operations.indices.filter { index in
            let operation = result.operations[index]
            guard operation.url == nil, operation.method == nil, !operation.parameters.isEmpty,
                headingLevels[operation.id] ?? Int.max <= level
            else { return false }
            if operation.responses.isEmpty { return true }
            defer { takesResponses = false }
            return takesResponses
        }
        guard !sections.isEmpty else { return }
        let targetID = result.operations[target].id
        var names = Set(result.operations[target].parameters.map(\.name))
        for index in sections {
            for parameter in result.operations[index].parameters where names.insert(parameter.name).inserted {
                result.operations[target].parameters.append(parameter)
            }
            result.operations[target].responses += result.operations[index].responses
        }
        // The endpoint had no responses: the moved ones keep their numbers.
        fold(Set(sections.map { result.operations[$0].id }), into: targetID, keepingResponses: true)
    }

    /// Drops the merged operations, their block roles going to the target: its card shows
    /// their parameters at its first table; their responses keep their numbers when moved.
    private mutating func fold(_ merged: Set<String>, into targetID: String, keepingResponses: Bool) {
        var hasTable = result.blockRoles.values.contains(.parameterTable(operationID: targetID))
        for (location, role) in result.blockRoles.sorted(by: { $0.key < $1.key }) {
            switch role {
            case .operationHeading(let id) where merged.contains(id):
                result.blockRoles[location] = nil
            case .parameterTable(let id) where merged.contains(id):
                result.blockRoles[location] = hasTable ? .hidden : .parameterTable(operationID: targetID)
                hasTable = true
            case .responseHeading(let id, let response) where merged.contains(id):
                result.blockRoles[location] = keepingResponses ? .responseHeading(operationID: targetID, response: response) : nil
            case .fieldTable(let id, let response) where merged.contains(id):
                result.blockRoles[location] = keepingResponses ? .fieldTable(operationID: targetID, response: response) : nil
            default:
                break
            }
        }
        result.operations = result.operations.filter { !merged.contains($0.id) }
    }

    /// Operations with a URL and no method take the page's method, else the one a reader
    /// would assume. Paths given without a host take the page's `Base URL:`, a `Host:`
    /// header given with them, or the site's first server; with none of these they stay paths.
    private mutating func resolveRelativeURLs(diagnostics: inout [Diagnostic]) {
        if let pageMethod {
            for index in result.operations.indices where result.operations[index].method == nil && result.operations[index].url != nil {
                result.operations[index].method = pageMethod.method
                let operation = result.operations[index]
                diagnostics.append(Self.inferredMethod(pageMethod, title: operation.title, at: operation.location))
            }
        }
        for index in result.operations.indices where result.operations[index].method == nil && result.operations[index].url != nil {
            let operation = result.operations[index]
            let method = Self.defaultMethod(of: operation)
            result.operations[index].method = method
            // Read before the method was known, as a GET's would be: the keys the JSON example
            // sends travel in the body.
            if method == .post, let keys = Self.exampleKeys(of: operation) {
                for position in operation.parameters.indices where operation.parameters[position].placement == .query
                    && keys.contains(operation.parameters[position].name)
                {
                    result.operations[index].parameters[position].placement = .body
                }
            }
            diagnostics.append(Self.defaultedMethod(method, title: operation.title, at: operation.location))
        }
        for index in result.operations.indices {
            guard let url = result.operations[index].url, url.isRelative else { continue }
            if let base = pageBase ?? server { result.operations[index].url = url.resolved(against: base) }
        }
    }

    /// The method an endpoint that states none is read with: the section's sentence, a
    /// call of it shown as a link with a query (GET), or the page's sentence.
    private func methodHint(for endpoint: OperationDraft.Endpoint, in draft: OperationDraft) -> MethodHint? {
        guard endpoint.url != nil else { return nil }
        if let hint = draft.methodHint { return hint }
        if let path = endpoint.url?.path, path.count > 1,
            let call = draft.queryCalls.first(where: { MethodHint.callsWithQuery($0.text, path: path) || MethodHint.linksTo($0.text, path: path) })
        {
            return MethodHint(method: .get, location: call.location, source: "the example call")
        }
        return pageMethod
    }

    /// The top-level keys of the operation's first JSON request example.
    static func exampleKeys(of operation: Operation) -> Set<String>? {
        for example in operation.requestExamples ?? [] {
            guard let text = OperationDraft.jsonBody(of: example.text),
                case .object(let object)? = (try? JSONValue(parsingAnnotated: text))?.firstObject
            else { continue }
            return Set(object.map(\.key))
        }
        return nil
    }

    /// What a reader assumes of a URL documented with no method and nothing implying one: a
    /// request body is sent with POST, anything else is fetched with GET, HTTP's default.
    static func defaultMethod(of operation: Operation) -> HTTPMethod {
        let sendsBody = operation.parameters.contains { $0.placement == .body || $0.placement == .form }
            || operation.requestExamples?.isEmpty == false
        return sendsBody ? .post : .get
    }

    static func defaultedMethod(_ method: HTTPMethod, title: String, at location: SourceLocation) -> Diagnostic {
        let reason = method == .post ? "it sends a request body" : "GET is HTTP's default"
        return Diagnostic(
            .warning, code: .inferredMethod,
            message: "operation '\(title)' states no method; read as \(method.rawValue), since \(reason); "
                + "state it under the heading, such as `\(method.rawValue) /path`",
            range: SourceRange(start: location, length: 0))
    }

    static func inferredMethod(_ hint: MethodHint, title: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning, code: .inferredMethod,
            message: "operation '\(title)' states no method; read as \(hint.method.rawValue) from \(hint.source) at line "
                + "\(hint.location.line); state it under the heading, such as `\(hint.method.rawValue) /path`",
            range: SourceRange(start: location, length: 0))
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

    /// A paragraph's (or heading's) inline nodes split at its line breaks and at `<br>`.
    static func lines(of paragraph: MarkdownNode) -> [[MarkdownNode]] {
        var lines: [[MarkdownNode]] = [[]]
        for node in paragraph.children {
            if node.kind == .softBreak || node.kind == .lineBreak || node.isBreakTag {
                lines.append([])
            } else {
                lines[lines.count - 1].append(node)
            }
        }
        // docsify's `?> ` and `!> ` mark a line as a tip or a warning; what follows is the line.
        for index in lines.indices {
            guard case .text(let text)? = lines[index].first?.kind, text.hasPrefix("?> ") || text.hasPrefix("!> ") else { continue }
            let rest = String(text.dropFirst(3))
            if rest.trimmingWhitespace().isEmpty {
                lines[index].removeFirst()
            } else {
                lines[index][0].kind = .text(rest)
                lines[index][0].range.start.column += 3
            }
        }
        return lines.filter { !$0.isEmpty }
    }

    /// The endpoint a line declares: all of it (`GET /path`, strict about capitals unless
    /// in code), or a code span it starts with (`` `GET /account.json` will return ...``).
    static func endpoint(in line: [MarkdownNode]) -> EndpointLine? {
        if case .code(let code)? = line.first?.kind, let endpoint = EndpointLine(code) { return endpoint }
        // `[GET /auth/redirect](#get-authredirect)`: a page's contents, pointing at the section
        // that declares it.
        if line.count == 1, case .link(let destination, _)? = line.first?.kind, destination.hasPrefix("#") { return nil }
        // Prose, nearly always: a line whose first text cannot start a method is not one.
        if case .text(let first)? = line.first?.kind {
            let lead = first.utf8.first { $0 != 0x20 && $0 != UInt8(ascii: "[") && $0 != UInt8(ascii: "*") }
            if let lead, !"GPDHOMR".utf8.contains(lead) { return nil }
        }
        return EndpointLine(text(of: line), strict: true)
    }

    /// A quote of request lines alone (`> DELETE /group/admin/remove`), none of them an example.
    static func quotedRequests(_ quote: MarkdownNode) -> [EndpointLine]? {
        guard quote.children.count == 1, let paragraph = quote.children.first, paragraph.kind == .paragraph else { return nil }
        var found: [EndpointLine] = []
        for line in lines(of: paragraph) {
            guard let endpoint = endpoint(in: line), !endpoint.isExample else { return nil }
            found.append(endpoint)
        }
        return found.isEmpty ? nil : found
    }

    /// A paragraph that is a method label and its method alone (`**请求方式**: POST`).
    static func methodLine(_ paragraph: MarkdownNode) -> LabeledLine? {
        let lines = lines(of: paragraph)
        guard lines.count == 1, let line = LabeledLine.boldLine(lines[0]) ?? LabeledLine.plainLine(lines[0]),
            Label(normalized: line.label) == .method, !line.value.isEmpty, holdsValue(line, of: .method)
        else { return nil }
        return line
    }

    /// `请求格式：POST /v1/orders/<id>/cancel`: a short label of any name (not an example's)
    /// whose whole value is a request line.
    static func labeledEndpoint(in line: [MarkdownNode]) -> EndpointLine? {
        guard case .text(let text)? = line.first?.kind,
            let colon = text.prefix(16).firstIndex(where: { $0 == ":" || $0 == "：" })
        else { return nil }
        // A request line starts with a method's capital, or is in code after the label.
        let after = text[text.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
        guard after.first.map({ "GPDHOMR".contains($0) }) ?? (line.count > 1) else { return nil }
        let label = Label.normalize(String(text[..<colon]))
        guard !label.isEmpty, label.count <= 12, !["example", "sample", "示例", "例", "response", "返回", "响应"].contains(where: label.contains)
        else { return nil }
        switch Label(normalized: label) {
        case nil, .url?, .method?: break
        default: return nil
        }
        let value = String(text[text.index(after: colon)...]) + Self.text(of: Array(line.dropFirst()))
        guard let endpoint = EndpointLine(value.trimmingWhitespace(), strict: true), !endpoint.isExample else { return nil }
        return endpoint
    }

    /// A line's text as written, with inline HTML kept (`/users/<id>`).
    static func text(of line: [MarkdownNode]) -> String {
        line.map { node -> String in
            if case .htmlInline(let html) = node.kind { return html }
            return node.plainText
        }.joined().trimmingWhitespace()
    }

    /// "1. Listing a User's Buckets" is "Listing a User's Buckets".
    static func removingNumbering(_ title: String) -> String {
        let numbering = title.prefix { ("0"..."9").contains($0) || $0 == "." }
        guard numbering.contains("."), numbering.first?.isNumber == true else { return title }
        let rest = String(title.dropFirst(numbering.count)).trimmingCharacters(in: "、 ")
        return rest.isEmpty ? title : rest
    }

    /// The first word of a fence's info string: "json extra" is `json`.
    static func language(_ info: String) -> String {
        info.split(separator: " ").first.map(String.init)?.lowercased() ?? ""
    }

    /// An HTML table with a parameter table's columns: said, since it is not read.
    static func htmlParameterTable(_ header: [String], at start: SourceLocation) -> Diagnostic {
        let columns = header.joined(separator: " | ")
        return Diagnostic(
            .warning, code: .htmlParameterTable,
            message: "this HTML table looks like a table of parameters or fields (\(header.joined(separator: ", "))), but midocs cannot "
                + "read it (a table inside a cell); write it as '| \(columns) |' rows so that the operation gets them",
            range: SourceRange(start: start, length: 6))
    }
}
