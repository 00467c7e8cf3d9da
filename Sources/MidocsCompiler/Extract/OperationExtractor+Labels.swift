extension OperationExtractor {
    /// Reads a label and its value into the operation, or, without a value, waits for the
    /// next block to give it (`#### 请求URL:` then the URL on its own line).
    mutating func apply(_ label: Label, _ line: LabeledLine, diagnostics: inout [Diagnostic]) {
        // `端点：http://127.0.0.1:6806`, `Endpoint: https://api.example.com`: a host alone is
        // where the page's paths are, not an operation.
        if label == .url, let url = OperationURL(parsing: line.codeOrPlainValue), url.path == "/",
            draft?.endpoints.isEmpty != false
        {
            pageBase = url
            return
        }
        if label == .baseURL {
            if let url = OperationURL(parsing: line.codeOrPlainValue) { pageBase = url }
            return
        }
        guard draft != nil else { return }
        if label != .examples { draft?.hasOperationParts = true }
        let valueRange = line.valueRange(source)
        if case .parameters = label {} else { sectionRequired = nil }
        switch label {
        case .url, .method:
            if line.value.isEmpty {
                pending = label
                // `request url:` promises a value; "HTTP Request" only introduces one.
                promised = line.hasColon ? valueRange : nil
                if label == .url {
                    context = .request
                    labelNamesRequest = ["request", "the request", "http request", "请求"].contains(Label.normalize(line.label))
                }
                return
            }
            readValue(of: label, line.codeOrPlainValue, range: valueRange, diagnostics: &diagnostics)
        case .scopes:
            draft?.scopes = ScopeListReader.scopes(in: line.value, source: source)
        case .rateLimit:
            draft?.rateLimit = line.plainValue.isEmpty ? nil : line.plainValue
        case .parameters(let placement):
            // `- **HTTP Header**:` under `##### 200 OK`: what the response carries.
            if placement == .header, Self.isResponseContext(context), !Self.namesRequest(line.label) { return }
            context = .parameters(placement)
            sectionRequired = Self.requiredness(ofSection: line.label)
            addParameters(Self.parameters(onLine: line, placement: placement))
        case .responses:
            context = .responses
            if let status = Self.status(in: line.plainValue) { startResponse(.success, status: status, at: line.labelRange.start) }
        case .examples:
            // "Sample Request", "请求示例": the request shown, its JSON the body sent.
            context = Label.namesRequest(Label.normalize(line.label)) ? .request : .examples
        case .status:
            guard let status = Self.status(in: line.plainValue) else { return }
            if case .response(let index) = context {
                draft?.responses[index].status = status
            } else {
                startResponse(status < 400 ? .success : .failure, status: status, at: line.labelRange.start)
            }
        case .bodyPrefix:
            guard case .response(let index) = context else { return }
            draft?.responses[index].bodyPrefix = line.plainValue
        case .response(let outcome):
            startResponse(
                outcome, delivery: line.plainValue, status: Self.status(in: line.plainValue), at: line.labelRange.start,
                valueRange: valueRange, diagnostics: &diagnostics)
        case .baseURL:
            break
        }
    }

    /// Parameters a parameter label gives on its own line: "**必选参数 :** `id` : 歌单 id",
    /// "携带参数：`?url=xxx&timeout=5000`", "发送数据：`'{"path": ""}'`" (a body's keys).
    static func parameters(onLine line: LabeledLine, placement: Parameter.Placement?) -> [ParameterTableReader.Row] {
        guard !line.value.isEmpty else { return [] }
        let value = Array(line.value.drop { if case .text(let text) = $0.kind { text.trimmingWhitespace().isEmpty } else { false } })
        if let row = DefinitionReader.codeNamed(value, placement: placement) { return [row] }
        guard case .code(let code)? = value.first?.kind else { return [] }
        let location = value[0].range.start
        let text = code.trimmingCharacters(in: "'\" ")
        // `?url=xxx`, or `query=string` (a key and what it takes).
        if text.hasPrefix("?") || !text.contains(" ") && text.contains("=") && text.first?.isLetter == true {
            let query = text.hasPrefix("?") ? text : "?" + text
            return EndpointLine.queryPairs(in: query).map { .named($0.name, in: placement ?? .query, at: location) }
        }
        if text.hasPrefix("{"), case .object(let object)? = try? JSONValue(parsingAnnotated: text) {
            return ResponseShaper.derived(object, order: text, location: location).map { .named($0.name, in: placement ?? .body, at: location) }
        }
        // `{ "tmdbID": int, "name": string }`, `Indexer { id?: int, name: string }`: an object's
        // keys with their types for values, `?` marking the optional ones as TypeScript does.
        if text.hasSuffix("}"), let keys = typedKeys(in: text) {
            let marksOptional = keys.contains { $0.isOptional }
            return keys.map { key in
                var row = ParameterTableReader.Row.named(key.name, in: placement ?? .body, at: location)
                if marksOptional { row.parameter.isRequired = !key.isOptional }
                return row
            }
        }
        return []
    }

    /// The top-level keys of an object written with types for values (`{ "id": int }`,
    /// `Name { id?: int }`), or nil when the text is not one.
    static func typedKeys(in text: String) -> [(name: String, isOptional: Bool)]? {
        // `Indexer { ... }`: a type's name before the object.
        let head = text.prefix { $0 != "{" }.trimmingWhitespace()
        guard head.isEmpty || DefinitionReader.isIdentifier(head), let open = text.firstIndex(of: "{") else { return nil }
        var keys: [(name: String, isOptional: Bool)] = []
        var depth = 0
        var expectsKey = false
        var index = open
        while index < text.endIndex {
            let character = text[index]
            if character == "{" || character == "[" { depth += 1 }
            if character == "}" || character == "]" { depth -= 1 }
            if depth == 1, character == "{" || character == "," {
                expectsKey = true
                index = text.index(after: index)
                continue
            }
            if expectsKey, !character.isWhitespace {
                expectsKey = false
                // `"key"` or `key`, then `?` when optional, then `:`.
                let isQuoted = character == "\""
                let start = isQuoted ? text.index(after: index) : index
                let end = isQuoted
                    ? text[start...].firstIndex(of: "\"") ?? text.endIndex
                    : text[start...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") } ?? text.endIndex
                let key = String(text[start..<end])
                var rest = text[(isQuoted && end < text.endIndex ? text.index(after: end) : end)...].drop { $0 == " " }
                let isOptional = rest.first == "?"
                if isOptional { rest = rest.dropFirst() }
                if rest.first == ":", !key.isEmpty, !keys.contains(where: { $0.name == key }) { keys.append((key, isOptional)) }
                index = rest.startIndex
                continue
            }
            index = text.index(after: index)
        }
        return keys.isEmpty ? nil : keys
    }

    static func isResponseContext(_ context: Context) -> Bool {
        switch context {
        case .response, .responses: true
        default: false
        }
    }

    /// "Request headers", "请求参数", "Query parameters": a label that says it is about the request.
    static func namesRequest(_ label: String) -> Bool {
        let lowered = Label.simplified(label)
        return ["request", "请求", "param", "参数", "query", "path", "入参", "argument"].contains(where: lowered.contains)
    }

    /// "Required parameters", "必选参数": a section of parameters that are all required
    /// (or all optional) unless they say otherwise.
    static func requiredness(ofSection label: String) -> Bool? {
        if ["optional", "可选", "选填", "非必填", "非必须"].contains(where: label.contains) { return false }
        if ["required", "mandatory", "必选", "必填", "必须", "必需"].contains(where: label.contains) { return true }
        return nil
    }

    /// "**Required**:" then a list: the parameters to come, in the open parameter section
    /// (or one opened here, after an endpoint), are required or optional as it says.
    mutating func openRequiredGroup(_ required: Bool) -> Bool {
        if case .parameters = context {
        } else if let placement = parameterPlacementHere {
            context = .parameters(placement)
        } else {
            return false
        }
        sectionRequired = required
        return true
    }

    /// What a sentence says of the section's parameters: of those to come, or of the
    /// named ones and, by contrast, the others read so far.
    mutating func apply(_ statement: RequirednessStatement) {
        guard let parameters = draft?.parameters else { return }
        switch statement {
        case .all(let value):
            sectionRequired = value
        case .named(let names, let value):
            guard parameters.contains(where: { names.contains($0.parameter.name) }) else {
                // Keys of the body example, which become parameters at the end.
                for name in names { draft?.statedRequired[name] = value }
                return
            }
            for (index, row) in parameters.enumerated() where row.parameter.isRequired == nil && row.parameter.placement != .path {
                draft?.parameters[index].parameter.isRequired = names.contains(row.parameter.name) ? value : !value
            }
        }
    }

    /// A URL written out with its query is opened as a link is: with GET.
    static func queryHint(at location: SourceLocation) -> MethodHint {
        MethodHint(method: .get, location: location, source: "the URL written with its query")
    }

    /// Adds parameters read in the open section, which may say whether they are required.
    @discardableResult
    mutating func addParameters(_ rows: [ParameterTableReader.Row]) -> [Int] {
        var rows = rows
        if let sectionRequired {
            for index in rows.indices where rows[index].parameter.isRequired == nil { rows[index].parameter.isRequired = sectionRequired }
        }
        return draft?.addParameters(rows) ?? []
    }

    /// A URL or method label's value: `https://host/path`, `/api/v3/order`, `GET /path`
    /// (a URL label holding both), `GET`, `GET/POST`.
    mutating func readValue(of label: Label, _ text: String, range: SourceRange, diagnostics: inout [Diagnostic]) {
        if let endpoint = EndpointLine(text) {
            draft?.declare(endpoint)
            // `接口地址` over `POST /cameras/status?access_token=abc`: the URL label says this is the
            // endpoint, so the keys filled in are its query's.
            if label == .url { draft?.addQueryNames(endpoint.filledInNames) }
            return
        }
        switch label {
        case .url:
            let target = text.split(separator: " ").first.map(String.init) ?? ""
            draft?.addQueryNames(EndpointLine.queryPlaceholders(in: target))
            guard let url = OperationURL(labelValue: target) else {
                diagnostics.append(invalidURL(text, range: range))
                return
            }
            draft?.declare(url: url)
            if target.contains("?"), draft?.methodHint == nil { draft?.methodHint = Self.queryHint(at: range.start) }
        default:
            let words = text.split(whereSeparator: { " /,|、，或".contains($0) }).map(String.init)
            var methods = words.compactMap(HTTPMethod.init(parsing:))
            // "支持GET；": a short sentence around the method, in capitals.
            if methods.isEmpty, text.count <= 100 {
                methods = text.split(whereSeparator: { !($0.isASCII && $0.isLetter) })
                    .filter { $0.count >= 3 && $0 == $0.uppercased() }.compactMap { HTTPMethod(parsing: String($0)) }
            }
            guard !methods.isEmpty else {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: .unknownMethod,
                        message: "unknown HTTP method '\(text)'; use GET, POST, PUT, DELETE, PATCH or HEAD",
                        range: range))
                return
            }
            draft?.declare(methods: methods)
        }
    }

    mutating func startResponse(
        _ outcome: Response.Outcome, delivery text: String = "", status: Int? = nil, at location: SourceLocation,
        valueRange: SourceRange? = nil, diagnostics: inout [Diagnostic]
    ) {
        let delivery = OperationDraft.delivery(from: text)
        if delivery == nil, status == nil, !text.isEmpty, !text.hasPrefix("(") {
            diagnostics.append(
                Diagnostic(
                    .warning, code: .unknownDelivery,
                    message: "unknown delivery '\(text)'; write redirect with query, redirect with fragment, JSON body or callback",
                    range: valueRange ?? SourceRange(start: location, length: 0)))
        }
        draft?.hasOperationParts = true
        draft?.responses.append(
            OperationDraft.ResponseDraft(outcome: outcome, delivery: delivery, status: status, location: location))
        context = .response((draft?.responses.count ?? 1) - 1)
    }

    mutating func startResponse(_ outcome: Response.Outcome, status: Int?, at location: SourceLocation) {
        var ignored: [Diagnostic] = []
        startResponse(outcome, status: status, at: location, diagnostics: &ignored)
    }

    /// `200`, `200 OK`, `HTTP 201 Created`, `Status: 404`: an HTTP status.
    static func status(in text: String) -> Int? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "(" })
        guard let word = words.first(where: { $0.allSatisfy(\.isNumber) }), word.count == 3, let code = Int(word),
            (100...599).contains(code), words.count <= 4
        else { return nil }
        return code
    }

    func invalidURL(_ text: String, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .warning, code: .invalidURL,
            message: text.isEmpty
                ? "the operation's URL is empty; write the URL, such as 'https://host/path' or '/path'"
                : "'\(text)' is not a URL or a path; write it as 'https://host/path' or '/path'",
            range: range)
    }
}
