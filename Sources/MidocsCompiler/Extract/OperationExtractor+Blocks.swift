import Foundation

extension OperationExtractor {
    // MARK: Paragraphs

    mutating func readParagraph(_ paragraph: MarkdownNode, awaited: Label?, diagnostics: inout [Diagnostic]) {
        guard draft != nil else {
            readBaseURL(paragraph)
            return
        }
        noteMethodHints(paragraph)
        if draft?.endpoints.isEmpty == true, awaited == nil {
            notePageMethod(paragraph.plainText, at: paragraph.range.start)
            if let placement = Self.pagePlacement(paragraph.plainText) { pagePlacement = placement }
            if sectionBlocks == 1, let url = Self.lonePath(paragraph) {
                draft?.declare(url: url)
                setRole(.hidden, at: paragraph)
                return
            }
        }
        // "**Optional**:" heads the parameters to come; it is none of them.
        if case .parameters(let placement) = context,
            paragraph.children.count > 3 || Label.requiredGroup(Label.normalize(paragraph.plainText)) == nil,
            let row = DefinitionReader.parameter(in: paragraph, placement: placement, source: source)
                ?? DefinitionReader.boldNamed(paragraph, placement: placement)
        {
            // "required if the server asks for it": neither required nor, as the unmarked are, optional.
            if let index = addParameters([row]).first, !DefinitionReader.isConditional(row.parameter.description.plain) {
                draft?.markedParameters.insert(index)
            }
            return
        }
        if parameterPlacementHere != nil || draft?.parameters.isEmpty == false, draft?.responses.isEmpty == true,
            let statement = RequirednessStatement.read(paragraph, known: { draft?.knownNames ?? [] })
        {
            // Still prose: it may be the summary too.
            apply(statement)
        }
        if awaited == nil, let label = SectionPlan.bareLabel(paragraph) {
            apply(label, LabeledLine(label: paragraph.plainText, hasColon: false, value: [], labelRange: paragraph.range), diagnostics: &diagnostics)
            setRole(role(of: label, valued: false), at: paragraph)
            return
        }
        // `**payload Object Fields**`: the table next describes a parameter's fields.
        if let parent = parentNamed(by: paragraph) { fieldsOf = parent }
        var isProse = true
        var roles: [BlockRole?] = []
        let lines = awaited != nil || SectionPlan.mayHoldLabelOrRequest(paragraph) ? Self.lines(of: paragraph) : []
        // `**请求URL**：` then the URL on the paragraph's next line.
        var awaitedLine: Label?
        var slashNoted: [ParameterTableReader.Row] = []
        // Where only some `//` lines carry a mark, all alike, the others are the opposite.
        defer { addParameters(DefinitionReader.settlingExceptions(slashNoted)) }
        for line in lines {
            let isCode = line.count == 1 && { if case .code = line[0].kind { true } else { false } }()
            let text = Self.text(of: line)
            if let awaited = awaited ?? awaitedLine {
                awaitedLine = nil
                readValue(of: awaited, isCode ? text : text.trimmingCharacters(in: "*_-"), range: Self.range(of: line), diagnostics: &diagnostics)
                roles.append(.hidden)
                isProse = false
                continue
            }
            defer {
                if pending != nil, line != lines.last {
                    awaitedLine = pending
                    pending = nil
                    promised = nil
                }
            }
            // "Endpoint - DELETE /api/:target/_doc/:id": a label and its value after a dash.
            if declaresHere, let (label, value) = Self.dashedLabel(line), readsDashed(label, value, line, &diagnostics) {
                roles.append(.hidden)
                isProse = false
                continue
            }
            let endpoint = declaresHere ? Self.endpoint(in: line) : nil
            if let endpoint, !endpoint.isExample {
                draft?.declare(endpoint)
                roles.append(.hidden)
                isProse = false
                continue
            }
            // `Https请求方式: GET`, then `` `https://oapi.example.com/user/list?department_id=1` ``
            // alone on its line: the URL of the method stated, its query's keys the query's.
            if awaited == nil, let last = draft?.endpoints.last, let method = last.method, last.url == nil, draft?.endpoints.count == 1,
                let url = SectionPlan.loneURL(line), let endpoint = EndpointLine("\(method.rawValue) \(url)")
            {
                draft?.declare(endpoint.method, endpoint.url)
                draft?.addQueryNames(endpoint.queryNames + endpoint.filledInNames)
                roles.append(.hidden)
                isProse = false
                continue
            }
            if let endpoint, draft?.noteFilledIn(endpoint) == true {
                roles.append(nil)
                isProse = false
                continue
            }
            if declaresHere, let endpoint = Self.labeledEndpoint(in: line) {
                draft?.declare(endpoint)
                roles.append(.hidden)
                isProse = false
                continue
            }
            if declaresHere, isCode, reportBadURL(in: line[0], diagnostics: &diagnostics) {
                roles.append(.hidden)
                isProse = false
                continue
            }
            if case .parameters(let placement) = context, !isCode,
                let row = DefinitionReader.slashNoted(text, placement: placement, at: Self.range(of: line).start)
            {
                slashNoted.append(row)
                draft?.hasOperationParts = true
                roles.append(nil)
                isProse = false
                continue
            }
            if let placement = parameterPlacementHere, let row = DefinitionReader.codeNamed(line, placement: placement) {
                addParameters([row])
                draft?.hasOperationParts = true
                roles.append(nil)
                isProse = false
                continue
            }
            // Only a line of one or two nodes can be such a label: most lines are turned away unparsed.
            if line.count <= 2, let labeled = LabeledLine.boldLine(line) ?? LabeledLine.plainLine(line), labeled.value.isEmpty,
                labeled.isBold || labeled.hasColon, let required = Label.requiredGroup(Label.normalize(labeled.label)),
                openRequiredGroup(required)
            {
                roles.append(nil)
                isProse = false
                continue
            }
            if let labeled = LabeledLine.boldLine(line) {
                // "**必选参数 :**", "**Required parameters:**": a parameter section, as in a heading.
                let section = labeled.hasColon
                    ? Label.parameterSection(labeled.label) ?? Label.parameterStatement(labeled.label) : nil
                if let label = Label(normalized: labeled.label) ?? section ?? misspelledBoldLabel(labeled, diagnostics: &diagnostics) {
                    apply(label, labeled, diagnostics: &diagnostics)
                    roles.append(role(of: label, valued: !labeled.value.isEmpty))
                    isProse = false
                    if case .parameters = label, !labeled.value.isEmpty { roles[roles.count - 1] = nil }
                    continue
                }
            } else if let labeled = LabeledLine.plainLine(line), let label = Label(normalized: labeled.label),
                Self.holdsValue(labeled, of: label)
            {
                apply(label, labeled, diagnostics: &diagnostics)
                roles.append(role(of: label, valued: !labeled.value.isEmpty))
                isProse = false
                continue
            } else if let labeled = LabeledLine.plainLine(line), labeled.value.isEmpty, labeled.hasColon, lines.count == 1,
                let label = Label(normalized: labeled.label) ?? Self.responseLabel(labeled.label), Self.opensPart(label)
            {
                // `响应示例：`, `Response:` alone in its paragraph: the part that follows.
                apply(label, labeled, diagnostics: &diagnostics)
                roles.append(nil)
                isProse = false
                continue
            } else if let labeled = LabeledLine.plainLine(line), labeled.value.isEmpty, line == lines.last,
                let label = Label.parameterSection(labeled.label) ?? Label.parameterStatement(labeled.label)
            {
                // "Optional fields:", "The following fields are required:" before their list.
                apply(label, labeled, diagnostics: &diagnostics)
                roles.append(nil)
                continue
            }
            roles.append(nil)
        }
        if isProse, draft?.endpoints.isEmpty == false, parameterPlacementHere != nil, let label = Self.introduction(paragraph) {
            apply(label, LabeledLine(label: "", hasColon: true, value: [], labelRange: paragraph.range), diagnostics: &diagnostics)
        }
        // A paragraph of labels the card shows (Scopes, Rate limit) is not shown again.
        if !roles.isEmpty, roles.allSatisfy({ $0 == .hidden }) { setRole(.hidden, at: paragraph) }
        // Prose before the parameters and responses is the operation's summary.
        if isProse, context == .prose, draft?.parameters.isEmpty == true, draft?.responses.isEmpty == true {
            draft?.summary.append(Text(markdown: source.slice(paragraph.range), plain: paragraph.plainText))
        }
    }

    /// "返回值或行为：", "Response (JSON):": a short label that starts as a response label does.
    static func responseLabel(_ normalized: String) -> Label? {
        let isShort = normalized.isAllASCII ? normalized.split(separator: " ").count <= 4 : normalized.count <= 8
        guard isShort, ["返回", "响应", "response", "returns"].contains(where: normalized.hasPrefix) else { return nil }
        return .responses
    }

    /// A response label opens the response; an example label alone ("示例：") may be followed
    /// by more of the section, so it stays prose.
    static func opensPart(_ label: Label) -> Bool {
        switch label {
        case .responses, .response: true
        default: false
        }
    }

    /// Where parameters written here go, if parameters may be written here: in a
    /// parameter section, or right after the endpoint before any response. The outer
    /// optional is nil where parameters may not be written.
    var parameterPlacementHere: Parameter.Placement?? {
        switch context {
        case .parameters(let stated): return .some(stated)
        case .prose, .request:
            guard draft?.endpoints.isEmpty == false, draft?.responses.isEmpty == true else { return nil }
            return .some(nil)
        default: return nil
        }
    }

    /// "with the following body:", "The API returns ... as follows:": a sentence ending in
    /// a colon that introduces the body or the response shown next.
    static func introduction(_ paragraph: MarkdownNode) -> Label? {
        guard case .text(let last)? = paragraph.children.last?.kind, last.hasSuffix(":") || last.hasSuffix("：") else { return nil }
        // The sentence that ends in the colon, not what came before it.
        let text = paragraph.plainText
        let sentence = text.components(separatedBy: ". ").last.map { $0.split(separator: "。").last.map(String.init) ?? $0 } ?? text
        return Label.introduction(Label.normalize(sentence))
    }

    /// A fenced block that is one URL, its query perhaps continued on lines of their own
    /// (`?response_type=code`, `&client_id={client_id}`).
    static func urlFence(_ literal: String, info: String) -> (url: OperationURL, queryNames: [String])? {
        let language = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
        guard ["", "url", "uri", "http", "text", "txt", "plain"].contains(language), literal.utf8.count < 1000 else { return nil }
        let lines = literal.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard let first = lines.first, first.contains("://") || first.hasPrefix("/"),
            lines.dropFirst().allSatisfy({ $0.hasPrefix("?") || $0.hasPrefix("&") })
        else { return nil }
        let text = lines.joined()
        guard !text.contains(" "), let url = OperationURL(parsingReference: text), url.path.count > 1, !url.isFile else { return nil }
        // `/connz?callback=cb`: a call with its values is an example, not the endpoint.
        let pairs = EndpointLine.queryPairs(in: text)
        guard pairs.isEmpty || pairs.contains(where: { EndpointLine.isPlaceholder($0.value) }) else { return nil }
        return (url, pairs.map(\.name).filter { !$0.isEmpty })
    }

    /// `Endpoint - GET /path`: a URL or method label, a dash, its value, on one line.
    static func dashedLabel(_ line: [MarkdownNode]) -> (Label, String)? {
        // Every line comes here: look at the first bytes before searching with Foundation.
        guard case .text(let text)? = line.first?.kind, let first = text.utf8.first, first < 0x80,
            String(text.utf8.prefix(32))?.contains(" -") == true || String(text.prefix(32)).contains(" –"),
            let dash = text.range(of: " - ") ?? text.range(of: " – "),
            text.distance(from: text.startIndex, to: dash.lowerBound) <= 24,
            let label = Label(normalized: Label.normalize(String(text[..<dash.lowerBound]))), label == .url || label == .method
        else { return nil }
        let value = (String(text[dash.upperBound...]) + OperationExtractor.text(of: Array(line.dropFirst()))).trimmingWhitespace()
        return value.isEmpty ? nil : (label, value.trimmingCharacters(in: "`"))
    }

    private mutating func readsDashed(_ label: Label, _ value: String, _ line: [MarkdownNode], _ diagnostics: inout [Diagnostic]) -> Bool {
        if label == .url, EndpointLine(value) == nil, OperationURL(parsingReference: value) == nil { return false }
        readValue(of: label, value, range: Self.range(of: line), diagnostics: &diagnostics)
        return true
    }

    /// A list whose every item starts with a path in code, then says what it does
    /// (`` - `/api/logrotate/find` 查找日志 ``): the paths, when there are two or more.
    static func listedPaths(_ list: MarkdownNode) -> [OperationURL]? {
        guard list.children.count >= 2 else { return nil }
        var paths: [OperationURL] = []
        for item in list.children {
            guard let paragraph = item.children.first, paragraph.kind == .paragraph,
                case .code(let code)? = paragraph.children.first?.kind
            else { return nil }
            let text = code.trimmingWhitespace()
            guard text.hasPrefix("/"), text.dropFirst().contains(where: \.isLetter), let url = lonePath(text), !url.isFile,
                !paths.contains(url)
            else { return nil }
            paths.append(url)
        }
        return paths
    }

    /// A paragraph that is one code span holding a path: `` `/api/notebook/lsNotebooks` ``.
    static func lonePath(_ paragraph: MarkdownNode?) -> OperationURL? {
        guard let paragraph, paragraph.kind == .paragraph, paragraph.children.count == 1,
            case .code(let code) = paragraph.children[0].kind
        else { return nil }
        let text = code.trimmingWhitespace()
        guard text.count > 2, text.dropFirst().contains(where: \.isLetter) else { return nil }
        return lonePath(text)
    }

    /// Whether a line in a list or prose is the label it looks like: a URL or method label
    /// must hold a URL or method, not a sentence about one.
    static func holdsValue(_ line: LabeledLine, of label: Label) -> Bool {
        guard !line.value.isEmpty else {
            // "URL query parameters:" on its own line opens a section as a heading would.
            if case .parameters = label, line.hasColon { return true }
            return line.isBold
        }
        switch label {
        case .url:
            guard let value = line.strictValue else { return false }
            return OperationURL(labelValue: value) != nil || EndpointLine(value) != nil
        case .method:
            // `GET` alone, or several in code: `` `GET`, `POST` ``.
            let value = line.strictValue ?? line.plainValue.trimmingCharacters(in: "*_`")
            let words = value.split(whereSeparator: { " /,|、，`".contains($0) })
            return !words.isEmpty && words.count <= 8 && words.allSatisfy { HTTPMethod(parsing: String($0)) != nil }
        case .baseURL:
            return line.strictValue.flatMap(OperationURL.init(parsing:)) != nil
        case .parameters(let placement):
            // "**Query**: the query parameters, sorted by name": a word explained, not a
            // section; "携带参数：`?url=xxx`" gives them.
            return !parameters(onLine: line, placement: placement).isEmpty
        case .responses, .examples:
            return false
        default:
            return true
        }
    }

    /// Whether a `METHOD URL` line here declares an endpoint: not among examples, responses
    /// or parameters, where it shows a call being made.
    var declaresHere: Bool {
        switch context {
        case .prose, .request: return true
        // `## Query` then the request line: the first one there is the declaration.
        case .parameters: return draft?.endpoints.isEmpty == true
        case .responses, .response, .examples: return false
        }
    }

    /// `` `GET api.example.com/v1/a` ``: the convention's line with a URL that is not one.
    /// The method is read; the URL is reported where it stands.
    private mutating func reportBadURL(in code: MarkdownNode, diagnostics: inout [Diagnostic]) -> Bool {
        guard case .code(let text) = code.kind else { return false }
        let parts = text.trimmingWhitespace().split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0] == parts[0].uppercased(), let method = HTTPMethod(parsing: String(parts[0])) else {
            return false
        }
        var start = code.range.start
        start.column += text.utf8.count - parts[1].utf8.count
        diagnostics.append(invalidURL(String(parts[1]), range: SourceRange(start: start, length: parts[1].utf8.count)))
        draft?.declare(methods: [method])
        return true
    }

    /// A bold label with a colon, misspelled: read as the label it is close to.
    private func misspelledBoldLabel(_ line: LabeledLine, diagnostics: inout [Diagnostic]) -> Label? {
        guard line.hasColon, let suggestion = Label.suggestion(for: line.label), let label = Label(normalized: suggestion)
        else { return nil }
        reportMisspelledLabel(line, suggestion: suggestion, diagnostics: &diagnostics)
        return label
    }

    /// `Base URL: https://api.example.com` outside any operation, and "All requests are
    /// POST" (`均是 POST 方法`): the method of the page's operations that give none.
    mutating func readBaseURL(_ paragraph: MarkdownNode) {
        if let placement = Self.pagePlacement(paragraph.plainText) { pagePlacement = placement }
        for line in Self.lines(of: paragraph) {
            notePageMethod(Self.text(of: line), at: line[0].range.start)
            guard let labeled = LabeledLine.boldLine(line) ?? LabeledLine.plainLine(line),
                Label(normalized: labeled.label) == .baseURL, let url = OperationURL(parsing: labeled.codeOrPlainValue)
            else { continue }
            pageBase = url
        }
    }

    /// A sentence that gives every operation one method: one method in capitals, and a word
    /// that says all ("all", "every", "均", "都", "所有", "一律") or how calls are made
    /// ("使用 HTTP GET:", "支持POST").
    static func pageMethod(_ text: String) -> HTTPMethod? {
        guard text.count < 100 else { return nil }
        let words = text.split(whereSeparator: { !($0.isASCII && $0.isLetter) })
        let methods = words.filter { $0 == $0.uppercased() }.compactMap { HTTPMethod(parsing: String($0)) }
        guard Set(methods).count == 1 else { return nil }
        let lowered = text.lowercased()
        let says = ["all ", "every ", "always", "均", "都", "所有", "一律", "全部", "http ", "使用", "支持", "only", "仅", "只"]
        return says.contains { lowered.contains($0) } ? methods[0] : nil
    }

    mutating func notePageMethod(_ text: String, at location: SourceLocation) {
        guard pageMethod == nil, let method = Self.pageMethod(text) else { return }
        pageMethod = MethodHint(method: method, location: location, source: "the page's sentence")
    }

    /// What an operation's paragraph says of a method it may not state: a sentence naming
    /// one, or a call shown as a link with a query.
    private mutating func noteMethodHints(_ paragraph: MarkdownNode) {
        // Only while an endpoint may still lack its method: most sections state it first.
        guard let current = draft, current.endpoints.isEmpty || current.endpoints.contains(where: { $0.method == nil }) else { return }
        if draft?.methodHint == nil, isReadingRequest,
            let method = MethodHint.stated(in: paragraph)
        {
            draft?.methodHint = MethodHint(method: method, location: paragraph.range.start, source: "the sentence")
        }
        paragraph.walk { node in
            switch node.kind {
            case .code(let text):
                noteCurlMethod(text, at: node.range.start)
                if text.contains("?") { draft?.queryCalls.append((text, node.range.start)) }
            case .link(let destination, _) where destination.contains("?") || destination.hasPrefix("http"):
                draft?.queryCalls.append((destination, node.range.start))
            default:
                break
            }
        }
    }

    /// `` `curl -X POST "https://..." -d ...` ``: the call shown says its method, when nothing
    /// has yet.
    private mutating func noteCurlMethod(_ code: String, at location: SourceLocation) {
        guard draft?.methodHint == nil, let method = MethodHint.curlMethod(code) else { return }
        draft?.methodHint = MethodHint(method: method, location: location, source: "the curl call")
    }

    /// A sentence that sends every parameter one way: a word for parameters, a word that
    /// says all, and one place ("request parameters are all passed in request headers",
    /// "参数均通过请求头传递", "all parameters go in a JSON body").
    static func pagePlacement(_ text: String) -> Parameter.Placement? {
        guard text.count < 200 else { return nil }
        let lowered = text.lowercased()
        let places: [(Parameter.Placement, [String])] = [
            (.header, ["header", "headers", "请求头", "头部"]), (.body, ["json body", "request body", "json object", "请求体", "body"]),
            (.form, ["form", "表单"]), (.query, ["query string", "querystring", "查询字符串"]),
        ]
        // English words count whole ("formats" is no form); Chinese ones as written.
        let words = " " + lowered.map { $0.isLetter || $0.isNumber || !$0.isASCII ? $0 : " " }.map(String.init).joined() + " "
        let says = { (word: String) in word.isAllASCII ? words.contains(" \(word) ") : lowered.contains(word) }
        guard ["parameters", "params", "parameter"].contains(where: says) || lowered.contains("参数"),
            ["all", "every", "always"].contains(where: says) || ["均", "都", "所有", "一律", "全部"].contains(where: lowered.contains)
        else { return nil }
        let found = places.filter { $0.1.contains(where: says) }
        return found.count == 1 ? found[0].0 : nil
    }

    static func range(of line: [MarkdownNode]) -> SourceRange {
        SourceRange(start: line.first!.range.start, end: line.last!.range.end)
    }

    // MARK: Code

    mutating func readCode(
        _ block: MarkdownNode, info: String, literal: String, awaited: Label?, diagnostics: inout [Diagnostic]
    ) {
        guard draft != nil else { return }
        if info.isEmpty, let (innerInfo, inner) = Self.unwrappedFence(literal) {
            readCode(block, info: innerInfo, literal: inner, awaited: awaited, diagnostics: &diagnostics)
            return
        }
        let example = Example(language: Self.language(info), text: literal, location: block.range.start)
        // `**请求**:` then a curl call: the request shown, not a URL to read.
        if let awaited, !(awaited == .url && literal.trimmingWhitespace().hasPrefix("curl ")) {
            let first = literal.split(separator: "\n").first.map(String.init) ?? ""
            readValue(of: awaited, first.trimmingWhitespace(), range: SourceRange(start: block.range.start, length: 0), diagnostics: &diagnostics)
            if EndpointLine.endpoints(inCode: literal)?.lines.count ?? 0 > 1 { declareAll(literal) }
            setRole(.hidden, at: block)
            return
        }
        // ```` ```{.http title="HTTP Request"} ````: the fence's title says it is the request,
        // values in its query and all.
        if declaresHere, Self.fenceTitle(info).flatMap({ Label(normalized: Label.normalize($0)) }) == .url,
            let found = EndpointLine.endpoints(inCode: literal), found.lines.count == 1, let line = found.lines.first, line.isExample
        {
            draft?.declare(line.method, line.url)
            let target = literal.split(separator: "\n").first.map { String($0.split(separator: " ").dropFirst().first ?? "") } ?? ""
            draft?.addQueryNames(EndpointLine.queryPairs(in: target).map(\.name))
            setRole(.hidden, at: block)
            return
        }
        // ```` ```url ```` holding `http://{host}:{port}/sso/auth`, early under its heading.
        // Fenced, not indented: an indented URL is most often a base URL shown in prose.
        let isFenced = source.line(block.range.start.line).trimmingWhitespace().hasPrefix("```")
            || source.line(block.range.start.line).trimmingWhitespace().hasPrefix("~~~")
        if declaresHere, sectionBlocks <= 3, isFenced, draft?.endpoints.isEmpty == true, let found = Self.urlFence(literal, info: info) {
            draft?.declare(url: found.url)
            draft?.addQueryNames(found.queryNames)
            if !found.queryNames.isEmpty, draft?.methodHint == nil { draft?.methodHint = Self.queryHint(at: block.range.start) }
            setRole(.hidden, at: block)
            return
        }
        if declaresHere, draft?.endpoints.isEmpty == true, LabelProse.mayHoldProse(info: info), let labels = LabelProse(literal) {
            for url in labels.urls {
                if labels.methods.isEmpty { draft?.declare(url: url) }
                for method in labels.methods { draft?.declare(method, url) }
            }
            addParameters(labels.headerNames.map { .named($0, in: .header, at: block.range.start) })
            if let body = labels.body { draft?.requestExamples.append(Example(language: "json", text: body, location: block.range.start)) }
            return
        }
        if declaresHere, let labels = LabelBlock(literal) {
            for url in labels.urls {
                for method in labels.methods { draft?.declare(method, url) }
            }
            draft?.addQueryNames(labels.queryNames)
            if labels.isOnlyEndpoints { setRole(.hidden, at: block) } else { draft?.requestExamples.append(example) }
            return
        }
        if declaresHere, let found = EndpointLine.endpoints(inCode: literal), found.lines.contains(where: { !$0.isExample }) {
            declareAll(literal)
            // A raw request with headers or a body shows more than the card: keep it, as an example.
            if found.lines.count == literal.split(separator: "\n").filter({ !$0.trimmingWhitespace().isEmpty }).count {
                setRole(.hidden, at: block)
            } else {
                draft?.requestExamples.append(example)
            }
            return
        }
        // `GET /_admin/v1/reports?from=0&limit=10` alone in its block, in a section that
        // declares nothing else: the endpoint, shown with values (`finishOperation`).
        if declaresHere, draft?.endpoints.isEmpty == true, draft?.filledInRequest == nil, !literal.dropLast().contains("\n"),
            let line = EndpointLine.endpoints(inCode: literal)?.lines.first, line.isExample
        {
            draft?.filledInRequest = line
        }
        // A call of the endpoint declared, with values in its query: the query's keys.
        if declaresHere, draft?.endpoints.isEmpty == false, let found = EndpointLine.endpoints(inCode: literal) {
            for line in found.lines { _ = draft?.noteFilledIn(line) }
        }
        // Under "Query Parameters", a call shown with `?key=config1` names the query's keys.
        if context == .parameters(.query), let found = EndpointLine.endpoints(inCode: literal) {
            var names: [String] = []
            for line in found.lines {
                for name in line.queryNames + line.filledInNames where !names.contains(name) { names.append(name) }
            }
            addParameters(names.map { .named($0, in: .query, at: block.range.start) })
        }
        // `Query Params:` then an indented block of `topic - the topic to publish to` lines.
        var firstLine = block.range.start
        if isFenced { firstLine.line += 1 }
        // `**Header Requirements**` over `{"Accept": "application/json"}`: the headers by name.
        if context == .parameters(.header), literal.trimmingWhitespace().hasPrefix("{"),
            case .object(let object)? = try? JSONValue(parsingAnnotated: literal)
        {
            addParameters(ResponseShaper.derived(object, order: literal, location: block.range.start).map { .named($0.name, in: .header, at: block.range.start) })
            setRole(.hidden, at: block)
            return
        }
        if case .parameters(let placement) = context, let rows = Self.definitionLines(literal, placement: placement, at: firstLine) {
            addParameters(rows)
            draft?.hasOperationParts = true
            return
        }
        readExample(example)
    }

    /// A fenced block indented under an admonition (`!!! Example` then four spaces) is an
    /// indented block to CommonMark, fences and all: its inside is the code.
    static func unwrappedFence(_ literal: String) -> (info: String, literal: String)? {
        let lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first?.trimmingWhitespace(), first.hasPrefix("```"),
            let last = lines.lastIndex(where: { !$0.trimmingWhitespace().isEmpty }), last > 0,
            lines[last].trimmingWhitespace() == "```"
        else { return nil }
        let inner = lines[1..<last].joined(separator: "\n") + "\n"
        return (String(first.dropFirst(3)).trimmingWhitespace(), inner)
    }

    /// `{.http .apirequest title="HTTP Request"}`, `http title="请求路径"`: the title a fence
    /// gives its block.
    static func fenceTitle(_ info: String) -> String? {
        guard let start = info.range(of: "title=") else { return nil }
        let rest = info[start.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// A code block whose every line is `name - description` (or `name: description`): a
    /// list of parameters written as plain text. "(optional)" or "(required)" in the
    /// description says which; otherwise the docs do not say.
    static func definitionLines(_ literal: String, placement: Parameter.Placement?, at location: SourceLocation) -> [ParameterTableReader.Row]? {
        let lines = literal.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !lines.isEmpty, lines.count <= 200 else { return nil }
        var rows: [ParameterTableReader.Row] = []
        for (index, line) in lines.enumerated() {
            guard let separator = [" - ", " – ", ": ", "\t"].compactMap({ line.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
            let name = line[..<separator.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: "`*"))
            guard !name.isEmpty, name.count <= 40, name.first?.isLetter == true || name.first == "_",
                name.allSatisfy({ $0.isLetter || $0.isNumber || "_-.[]".contains($0) })
            else { return nil }
            let description = line[separator.upperBound...].trimmingWhitespace()
            let lowered = description.lowercased()
            let isRequired: Bool? = lowered.contains("(optional") || lowered.hasPrefix("optional") ? false : lowered.contains("(required") ? true : nil
            var place = location
            place.line += index
            rows.append(
                ParameterTableReader.Row(
                    parameter: Parameter(
                        name: name, placement: placement ?? .query, isRequired: isRequired, type: nil, typeName: "",
                        description: Text(markdown: description, plain: description), fixedValue: nil, location: place),
                    isPlacementStated: placement != nil))
        }
        return rows
    }

    private mutating func declareAll(_ literal: String) {
        guard let found = EndpointLine.endpoints(inCode: literal) else { return }
        for line in found.lines where !line.isExample {
            var url = line.url
            if url.isRelative, let host = found.host, !host.isEmpty {
                url = url.resolved(against: OperationURL(scheme: "https", host: host.lowercased(), path: "/"))
            }
            draft?.declare(line.method, url)
        }
        // A raw request's header lines (`Authorization: Bearer <token>`) are its header
        // parameters; whether each is required, the request does not say.
        guard found.lines.count == 1, let location = draft?.location else { return }
        for header in Self.headerNames(inRawRequest: literal) where draft?.parameters.contains(where: { $0.parameter.name == header }) == false {
            draft?.parameters.append(
                ParameterTableReader.Row(
                    parameter: Parameter(
                        name: header, placement: .header, isRequired: nil, type: .string, typeName: "", description: .empty,
                        fixedValue: nil, location: location),
                    isPlacementStated: true))
        }
    }

    /// The header names of a raw request: the `Name: value` lines after its first line, up
    /// to the blank line before its body.
    static func headerNames(inRawRequest text: String) -> [String] {
        var names: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { break }
            guard let colon = trimmed.firstIndex(of: ":") else { break }
            let name = trimmed[..<colon]
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { break }
            if !["content-length"].contains(name.lowercased()) { names.append(String(name)) }
        }
        return names
    }

    private mutating func readExample(_ example: Example) {
        switch context {
        case .response(let index):
            let status = ResponseShaper.statusLine(example.text)
            if let status, let current = draft?.responses[index].status, current != status {
                // `Status: 201 Created` after `Status: 422 ...`: the next response starts.
                startResponse(status < 400 ? .success : .failure, status: status, at: example.location)
                if case .response(let next) = context { draft?.responses[next].examples.append(example) }
                return
            }
            if draft?.responses[index].status == nil, let status { draft?.responses[index].status = status }
            draft?.responses[index].examples.append(example)
        case .responses:
            let status = ResponseShaper.statusLine(example.text)
            draft?.responses.append(
                OperationDraft.ResponseDraft(
                    outcome: (status ?? 200) < 400 ? .success : .failure, status: status, examples: [example], location: example.location))
            context = .response((draft?.responses.count ?? 1) - 1)
        case .request, .parameters:
            draft?.requestExamples.append(example)
            if context == .parameters(.body), example.text.trimmingWhitespace().hasPrefix("{") { draft?.showsLabeledBody = true }
        case .examples where draft?.responses.isEmpty == true && draft?.parameters.isEmpty == false:
            // An example after the parameters and before any response shows the request.
            draft?.requestExamples.append(example)
        case .prose, .examples:
            break
        }
    }

    // MARK: Tables

    mutating func readTable(_ table: Table, diagnostics: inout [Diagnostic]) {
        if draft != nil, context == .responses || { if case .response = context { true } else { false } }(),
            let statuses = Self.statuses(in: table)
        {
            // `| Status | Meaning |`: one response a row.
            for (status, location) in statuses { startResponse(status < 400 ? .success : .failure, status: status, at: location) }
            context = .responses
            return
        }
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
        guard draft != nil, context != .examples else { return }
        if let pairs = KeyValueTable(table) {
            for pair in pairs.pairs {
                let line = LabeledLine(label: "", hasColon: true, value: pair.value.node.children, labelRange: pair.value.range)
                apply(pair.label, line, diagnostics: &diagnostics)
            }
            addParameters(pairs.headers.map { .named($0.name, in: .header, at: $0.location) })
            draft?.blockRoles[table.location] = .hidden
            return
        }
        if declaresHere || context == .parameters(nil), let endpoints = EndpointTable(table) {
            for row in endpoints.rows { draft?.declare(row.method, row.url) }
            draft?.listsEndpoints = true
            return
        }
        guard table.describesNamedValues else { return }
        let id = draft!.id(page: slug)
        switch context {
        case .parameters(let placement):
            readParameters(table, placement: placement, id: id, diagnostics: &diagnostics)
        case .prose, .request:
            // A table of named values right after the endpoint, before any response: its parameters.
            guard draft?.endpoints.isEmpty == false, draft?.responses.isEmpty == true else { return }
            readParameters(table, placement: nil, id: id, diagnostics: &diagnostics)
        case .responses, .response:
            // `| page: number | false | GET /v2/entries.json?page=2 ... |` after the response:
            // a table whose examples are calls of this endpoint names the request's parameters.
            if Self.showsCalls(table, of: draft!) {
                readParameters(table, placement: nil, id: id, diagnostics: &diagnostics)
                return
            }
            if context == .responses { startResponse(.success, status: nil, at: table.location) }
            guard case .response(let index) = context else { return }
            draft?.responses[index].fields += FieldReader(source: source).fields(in: table, diagnostics: &diagnostics)
            draft?.blockRoles[table.location] = .fieldTable(operationID: id, response: index)
        case .examples:
            break
        }
    }

    static func showsCalls(_ table: Table, of draft: OperationDraft) -> Bool {
        table.rows.contains { row in
            row.contains { cell in
                // Response tables are many and long: look at the cell's first node before its text.
                let start: String
                switch cell.node.children.first?.kind {
                case .code(let code)?: start = code
                case .text(let text)?: start = text
                default: return false
                }
                guard let lead = start.first(where: { $0 != " " }), "GPDHOMR".contains(lead) else { return false }
                let words = cell.text.split(separator: " ").prefix(2).map { String($0).trimmingCharacters(in: "`") }
                guard words.count == 2, let line = EndpointLine(words.joined(separator: " ")) else { return false }
                return draft.declaresCall(line)
            }
        }
    }

    /// A table of HTTP statuses: a column headed status or code whose every value is one.
    static func statuses(in table: Table) -> [(Int, SourceLocation)]? {
        guard let column = table.header.firstIndex(where: { ["status", "status code", "http status", "code", "http code", "状态码", "http状态码"].contains($0) })
        else { return nil }
        let found = table.rows.compactMap { row -> (Int, SourceLocation)? in
            guard column < row.count, let code = Int(row[column].text.prefix(3)), (100...599).contains(code) else { return nil }
            return (code, row[column].range.start)
        }
        return found.count == table.rows.count && !found.isEmpty ? found : nil
    }

    private mutating func readParameters(_ table: Table, placement: Parameter.Placement?, id: String, diagnostics: inout [Diagnostic]) {
        let reader = ParameterTableReader(source: source, defaultPlacement: placement)
        var rows = reader.parameters(in: table, diagnostics: &diagnostics)
        if let parent = fieldsOf {
            for index in rows.indices { rows[index].parameter.name = parent + "." + rows[index].parameter.name }
            fieldsOf = nil
        }
        addParameters(rows)
        draft?.hasOperationParts = true
        draft?.blockRoles[table.location] = .parameterTable(operationID: id)
    }

    /// The parameter a bold line names as the owner of the fields below it (`**payload
    /// Object Fields**`, `**alert 对象字段**`), by its full name; nil when it names none read.
    private func parentNamed(by paragraph: MarkdownNode) -> String? {
        guard let draft else { return nil }
        // `CIMGInput:` over a table, after `cimg | array<[CIMGInput](#CIMGInput)>`: the type's fields.
        let text = paragraph.plainText.trimmingWhitespace()
        if text.hasSuffix(":") || text.hasSuffix("："), case let type = String(text.dropLast()).trimmingWhitespace(),
            type.count >= 3, DefinitionReader.isIdentifier(type)
        {
            return draft.parameters.last { $0.parameter.typeName.contains(type) && $0.parameter.name != type }?.parameter.name
        }
        guard paragraph.children.count == 1, paragraph.children[0].kind == .strong else { return nil }
        let words = Label.normalize(paragraph.plainText).split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= 4,
            ["fields", "properties", "parameters", "object", "字段", "属性", "参数", "对象", "对象字段"].contains(words.last!)
        else { return nil }
        let named = paragraph.plainText.trimmingWhitespace().split(separator: " ").first.map(String.init) ?? ""
        return draft.parameters.map(\.parameter.name).last { $0 == named || $0.hasSuffix("." + named) }
    }

    // MARK: Lists

    mutating func readList(_ list: MarkdownNode, awaited: Label?, diagnostics: inout [Diagnostic]) {
        if draft == nil || draft?.endpoints.isEmpty == true {
            for item in list.children {
                if let paragraph = item.children.first, paragraph.kind == .paragraph { readBaseURL(paragraph) }
            }
        }
        guard draft != nil else { return }
        // `* Retrieve it: [https://demo.example/gatewayz](...)`: calls shown in a list.
        // `* 接口请求:`curl -X POST "https://..."``: the method of the call shown, whatever the order.
        if draft != nil, draft?.methodHint == nil {
            list.walk { node in
                if case .code(let text) = node.kind { noteCurlMethod(text, at: node.range.start) }
            }
        }
        if draft?.headingURL != nil, draft?.endpoints.isEmpty == true {
            for item in list.children {
                if let paragraph = item.children.first, paragraph.kind == .paragraph { noteMethodHints(paragraph) }
            }
        }
        // `* \`/api/notebook/lsNotebooks\``: a path alone, first under its heading.
        if draft?.endpoints.isEmpty == true, sectionBlocks == 1, let url = Self.lonePath(list.children.first?.children.first) {
            draft?.declare(url: url)
        } else if declaresHere, draft?.endpoints.isEmpty == true, let paths = Self.listedPaths(list) {
            // `- \`/api/gateway/sysInfo\` 系统信息` and more such items: one endpoint an item.
            for url in paths { draft?.declare(url: url) }
            return
        }
        if let awaited, let item = list.children.first, let paragraph = item.children.first, paragraph.kind == .paragraph {
            // `**路径**:` over `- \`/v1/write\`` and `- \`/v1/ping\``: one endpoint an item.
            let paths = list.children.compactMap { Self.lonePath($0.children.first) }
            if awaited == .url, paths.count > 1, paths.count == list.children.count {
                for url in paths { draft?.declare(url: url) }
            } else if awaited == .method {
                // `#### 请求方式` then `- GET` (and `- POST`, one method an item).
                let methods = list.children.compactMap { $0.children.first?.plainText.trimmingWhitespace() }
                readValue(of: .method, methods.joined(separator: "/"), range: list.range, diagnostics: &diagnostics)
            } else {
                readParagraph(paragraph, awaited: awaited, diagnostics: &diagnostics)
            }
            setRole(.hidden, at: list)
            return
        }
        if isBlueprintAction, let rows = Self.blueprintParameters(list) {
            addParameters(rows)
            draft?.hasOperationParts = true
            return
        }
        let outcomes = list.children.map(Self.outcome(of:))
        if outcomes.allSatisfy({ $0 == nil }) {
            if readLabelItems(list, diagnostics: &diagnostics) { return }
            if readParameterList(list) { return }
            if case .response(let index) = context, let fields = FieldReader(source: source).fields(inList: list) {
                draft?.responses[index].fields += fields
                let id = draft!.id(page: slug)
                draft?.blockRoles[list.range.start] = .fieldTable(operationID: id, response: index)
            }
            return
        }
        // `- __SUCCESS__` and `- __FAILED__`: each item opens a response.
        for (item, outcome) in zip(list.children, outcomes) {
            guard let outcome else { continue }
            startResponse(outcome, status: nil, at: item.range.start)
            for block in item.children.dropFirst() { read(block, diagnostics: &diagnostics) }
        }
    }

    /// `+ Parameters` over MSON items, in an API Blueprint action: required unless marked
    /// optional, as the format says.
    static func blueprintParameters(_ list: MarkdownNode) -> [ParameterTableReader.Row]? {
        guard let item = list.children.first(where: { $0.children.first?.plainText.trimmingWhitespace() == "Parameters" }),
            item.children.count > 1, case .list = item.children[1].kind
        else { return nil }
        return item.children[1].children.compactMap { entry -> ParameterTableReader.Row? in
            guard let paragraph = entry.children.first, paragraph.kind == .paragraph,
                let line = lines(of: paragraph).first, let found = Blueprint.parameter(text(of: line))
            else { return nil }
            let type = found.type.flatMap(ValueType.init(parsing:))
            return ParameterTableReader.Row(
                parameter: Parameter(
                    name: found.name, placement: .query, isRequired: found.isRequired ?? true, type: type,
                    typeName: type == nil ? "" : found.type ?? "", description: Text(markdown: found.description, plain: found.description),
                    fixedValue: nil, location: paragraph.range.start),
                isPlacementStated: false)
        }
    }

    /// `- **Body**: some or all of the note's attributes, example:`: a list of one item that
    /// says what the body holds, in words; the example after it shows the keys.
    private static func introducesBody(_ line: LabeledLine, _ label: Label, in list: MarkdownNode) -> Bool {
        line.isBold && label == .parameters(.body) && list.children.count == 1 && !line.value.isEmpty
    }

    /// A list of named values where parameters go: `` - `id`: the alert's id ``.
    private mutating func readParameterList(_ list: MarkdownNode) -> Bool {
        let placement: Parameter.Placement?
        switch context {
        case .parameters(let stated): placement = stated
        case .prose, .request:
            guard draft?.endpoints.isEmpty == false, draft?.responses.isEmpty == true else { return false }
            placement = nil
        default: return false
        }
        let isParameterSection = if case .parameters = context { true } else { false }
        guard let fields = FieldReader(source: source).fields(inList: list, plainNames: isParameterSection) else { return false }
        // `- `200`: if it ran`: status codes, not parameters.
        if fields.allSatisfy({ $0.name.allSatisfy(\.isNumber) }) { return false }
        addParameters(
            fields.map { field in
                ParameterTableReader.Row(
                    parameter: Parameter(
                        name: field.name, placement: placement ?? .query, isRequired: field.isRequired, type: field.type, typeName: field.typeName,
                        description: field.description, fixedValue: nil, location: field.location),
                    isPlacementStated: placement != nil)
            })
        return true
    }

    /// `* **URL** : /api/v3/order` and `* **Method** : POST`: items that are labels, or
    /// `METHOD URL` lines. True when the list was read so.
    private mutating func readLabelItems(_ list: MarkdownNode, diagnostics: inout [Diagnostic]) -> Bool {
        var read = false
        for item in list.children {
            guard let paragraph = item.children.first, paragraph.kind == .paragraph else { continue }
            let line = Self.lines(of: paragraph).first ?? []
            if declaresHere, let (label, value) = Self.dashedLabel(line), readsDashed(label, value, line, &diagnostics) {
                read = true
                continue
            }
            if declaresHere, let endpoint = Self.endpoint(in: line), !endpoint.isExample {
                draft?.declare(endpoint)
                read = true
                continue
            }
            // `* 参数` with the parameters nested under it: a label, colon or not.
            // Only after the section's endpoint: elsewhere such lists are an overview.
            let opensItem = item.children.count > 1 && (labeled(line)?.value.isEmpty ?? true) && draft?.endpoints.isEmpty == false
            guard let labeled = labeled(line) ?? (opensItem ? Self.bareLabel(line) : nil),
                let label = Label(normalized: labeled.label)
                    ?? (labeled.hasColon && !labeled.value.isEmpty ? Label.parameterSection(labeled.label) ?? Label.noted(labeled.label) : nil),
                label != .responses || labeled.hasColon || opensItem,
                Self.holdsValue(labeled, of: label) || opensItem && label != .url && label != .method
                    || !Self.isResponseContext(context) && Self.introducesBody(labeled, label, in: list)
            else { continue }
            apply(label, labeled, diagnostics: &diagnostics)
            for block in item.children.dropFirst() { self.read(block, diagnostics: &diagnostics) }
            read = true
        }
        if read, context == .prose || context == .request { setRole(.hidden, at: list) }
        return read
    }

    private func labeled(_ line: [MarkdownNode]) -> LabeledLine? {
        LabeledLine.boldLine(line) ?? LabeledLine.plainLine(line)
    }

    /// A line of one plain word or two, `参数`, read as a label without its colon.
    private static func bareLabel(_ line: [MarkdownNode]) -> LabeledLine? {
        guard line.count == 1, case .text(let text) = line[0].kind, text.count <= 24 else { return nil }
        return LabeledLine(label: Label.normalize(text), hasColon: false, value: [], labelRange: line[0].range)
    }

    /// SUCCESS or FAILED when a list item starts with that word in bold.
    private static func outcome(of item: MarkdownNode) -> Response.Outcome? {
        guard let first = item.children.first, first.kind == .paragraph,
            let labeled = LabeledLine.boldLine(first.children),
            case .response(let outcome)? = Label(normalized: labeled.label)
        else { return nil }
        return outcome
    }
}
