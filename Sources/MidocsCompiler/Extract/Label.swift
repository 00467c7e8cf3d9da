/// The labels midocs reads in an operation, in headings (`##### request url: &emsp; ...`,
/// `### Parameters`, `#### 请求方式`), bold or plain lines (`**Scopes:** 4, 6`,
/// `请求地址：/api/v3/order`), list items and key/value tables, in any case and spacing.
enum Label: Sendable, Hashable {
    /// The request's URL, or, without a value, "the endpoint follows" (`### HTTP Request`).
    case url
    case method
    /// The scheme and host that a page's relative paths are on (`Base URL:`, `域名`).
    case baseURL
    case scopes, rateLimit, bodyPrefix, status
    /// A section of request parameters; the placement when the label says it (`Path Parameters`).
    case parameters(Parameter.Placement?)
    case responses
    /// Examples: what looks like an endpoint there is not one.
    case examples
    case response(Response.Outcome)

    /// Every spelling midocs accepts, by what it means, in English and Chinese.
    static let spellings: [String: Label] = {
        var spellings: [String: Label] = [:]
        let words: [(Label, [String])] = [
            (.url, [
                "url", "request url", "endpoint", "path", "request path", "address", "request address",
                "api url", "api path", "api endpoint", "uri", "request uri", "resource url", "http request", "request",
                "interface address", "请求地址", "接口地址", "请求url", "请求路径", "接口url", "接口路径", "请求链接",
                "调用地址", "接入地址", "api接口", "api地址", "url地址", "地址格式", "请求地址格式", "url格式", "http请求", "http 请求", "请求", "接口", "地址", "请求uri", "访问地址", "route", "api route", "终结点", "端点", "接口端点",
                "definition", "api definition", "endpoint definition", "method & url", "method and url", "method & path",
                "method and path", "url & method", "method & uri", "method/url", "请求方法与地址", "请求方式与地址",
                "endpoints", "path and http method", "http method and path", "api", "路径", "api路径", "访问路径", "the request",
            ]),
            (.method, [
                "method", "request method", "http method", "verb", "http verb", "request type", "请求方式", "请求方法",
                "http方法", "请求类型", "调用方式", "提交方式", "方法", "http 方法", "接口方法", "接口请求方式", "http请求方式", "https请求方式",
                "http 请求方式", "https 请求方式", "http method used",
            ]),
            (.baseURL, [
                "base url", "base uri", "base address", "base path", "host", "server", "server url", "api base url",
                "root url", "请求域名", "域名", "服务地址", "接口域名", "基础地址", "根地址", "服务器地址", "基础url",
            ]),
            (.scopes, [
                "scope", "scopes", "request scope", "request scopes", "required scopes", "oauth scopes", "权限",
                "授权范围", "所需权限",
            ]),
            (.rateLimit, ["rate limit", "request rate limit", "rate limits", "频率限制", "调用频率", "限流"]),
            (.bodyPrefix, ["body prefix", "响应前缀"]),
            (.status, ["status", "status code", "http status", "http status code", "状态码", "http状态码"]),
            (.parameters(nil), [
                "params", "parameters", "request params", "request parameters", "arguments", "input", "inputs",
                "input parameters", "参数", "请求参数", "参数说明", "输入参数", "入参", "参数列表", "请求参数说明", "业务参数",
                // The path's where the route names them, else where the method sends values:
                // docs call a GET's query and a POST's body both "URL parameters".
                "url parameters", "url params",
                // "Available fields:" after an update's response: what the request may send.
                "available fields",
            ]),
            (.parameters(.query), [
                "query", "query parameters", "query params", "query string", "query string parameters", "查询参数",
                "available filters", "query filters",
            ]),
            (.parameters(.path), ["path parameters", "path params", "路径参数"]),
            (.parameters(.header), [
                "headers", "request headers", "header parameters", "请求头", "header参数", "请求头参数", "header", "request header",
                "http headers", "http header", "请求header", "请求headers", "header requirements", "required headers",
            ]),
            (.parameters(.body), [
                "body", "request body", "body parameters", "body params", "json body", "request json", "payload",
                "request payload", "请求体", "请求体参数", "body参数", "请求body",
                // The body shown by an example: its keys are the parameters when nothing else names them.
                "example payload", "sample payload", "payload example", "request body example", "example request body",
                "sample request body", "body example", "请求体示例", "请求body示例", "请求体样例", "input body", "request data", "发送数据",
                "http request body", "content properties", "body properties", "请求包", "请求包体", "请求包结构体", "请求结构体",
                "请求报文", "请求数据",
            ]),
            (.parameters(.form), ["form", "form parameters", "form data", "form data parameters", "表单参数"]),
            (.responses, [
                "response", "responses", "response data", "response parameters", "response fields", "response body", "the response",
                "response object", "response objects",
                "returns", "return", "return value", "return values", "returned fields", "result", "results", "output",
                "response format", "返回", "返回参数", "返回结果", "返回值", "返回字段", "返回数据", "响应", "响应参数", "响应结果",
                "响应字段", "响应体", "出参", "响应数据", "返回内容", "输出参数", "返回说明", "返回参数说明", "响应参数说明",
                // An example of the response is a response, shown.
                "response example", "example response", "sample response", "返回示例", "响应示例", "返回范例", "响应范例",
                "返回样例", "响应样例", "应答样例", "请求应答", "应答示例", "返回值说明", "返回结果说明", "返回字段说明", "响应说明",
            ]),
            (.examples, [
                "example", "examples", "sample", "samples", "request example", "example request", "sample request",
                "code sample", "code samples", "示例", "请求示例", "调用示例", "示例代码", "例子", "举例", "范例", "请求范例",
                "样例", "请求样例", "调用样例",
            ]),
            (.response(.success), [
                "success", "success response", "successful response", "成功", "成功返回", "正确返回", "成功响应", "返回成功",
            ]),
            (.response(.failure), [
                "failure", "failed", "error response", "failure response", "失败", "失败返回", "错误返回", "异常返回", "返回失败",
            ]),
        ]
        for (label, names) in words {
            for name in names { spellings[name] = label }
        }
        return spellings
    }()

    /// "Request  Method :" is `request method`: lower case, one space between words, no
    /// colon (`:` or `：`), no stray emphasis or code marks.
    static func normalize(_ text: String) -> String {
        // Every heading and list line is read for a label: ASCII lines, nearly all of them,
        // are normalized byte by byte, without breaking graphemes.
        text.isAllASCII ? normalizeASCII(text) : normalizeWords(text)
    }

    /// Lower case, with traditional characters read as simplified ones.
    static func simplified(_ text: String) -> String {
        text.isAllASCII ? text.lowercased() : String(text.lowercased().map { traditional[$0] ?? $0 })
    }

    static func normalizeWords(_ text: String) -> String {
        let simplified = simplified(text)
        let words = simplified.split(whereSeparator: { $0.isWhitespace || $0 == ":" || $0 == "：" })
        return words.joined(separator: " ").trimmingCharacters(in: "*_`")
    }

    /// `normalize` for ASCII text: the same words, lowercased, joined by one space.
    static func normalizeASCII(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var isBetweenWords = false
        for byte in text.utf8 {
            if byte.isASCIIWhitespace || byte == UInt8(ascii: ":") {
                isBetweenWords = !bytes.isEmpty
                continue
            }
            if isBetweenWords {
                bytes.append(0x20)
                isBetweenWords = false
            }
            bytes.append(byte.asciiLowercased)
        }
        while let last = bytes.last, last == UInt8(ascii: "*") || last == UInt8(ascii: "_") || last == UInt8(ascii: "`") {
            bytes.removeLast()
        }
        let start = bytes.firstIndex { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: "`") }
        return String(decoding: bytes[(start ?? bytes.endIndex)...], as: UTF8.self).trimmingWhitespace()
    }

    /// A heading's label: a spelling, or a heading that starts like one of examples
    /// ("Example 1: Open API request", "示例二").
    init?(heading written: String) {
        var normalized = Self.withoutHeadingID(written)
        // "1.1.1 Method & Url": a numbered label.
        let numbering = normalized.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        if numbering.contains("."), numbering.first?.isNumber == true, normalized.dropFirst(numbering.count).first == " " {
            normalized = normalized.dropFirst(numbering.count).trimmingWhitespace()
        }
        if let label = Label(normalized: normalized) {
            self = label
            return
        }
        let examplePrefixes = ["example ", "examples ", "sample ", "示例", "例子", "请求示例", "返回示例"]
        if examplePrefixes.contains(where: { normalized.hasPrefix($0) }) {
            self = .examples
            return
        }
        if let label = Self.parameterSection(normalized) ?? Self.exampleOf(normalized) {
            self = label
            return
        }
        guard let label = Self.noted(normalized) else { return nil }
        self = label
    }

    /// "入参示例", "Request parameters example": an example of what a label names, which
    /// is shown where that label's content goes (the request's, or a response).
    static func exampleOf(_ normalized: String) -> Label? {
        guard let suffix = ["示例", "样例", " example", " examples", " sample"].first(where: normalized.hasSuffix) else { return nil }
        let named = normalized.dropLast(suffix.count).trimmingWhitespace()
        guard !named.isEmpty else { return nil }
        switch Label(normalized: named) ?? parameterSection(named) {
        case .parameters?: return .parameters(nil)
        case .responses?, .response?: return .responses
        default: return nil
        }
    }

    /// Whether an example's label says it shows the request: "Sample Request", "请求示例",
    /// not "Request and response".
    static func namesRequest(_ normalized: String) -> Bool {
        ["request", "请求", "入参"].contains(where: normalized.contains)
            && !["response", "响应", "返回", "应答"].contains(where: normalized.contains)
    }

    /// "参数(在请求体中params字段中添加)": a label with a note after it, which may say where
    /// the parameters go ("参数(放在请求体中)", "Request (JSON)": the request's body).
    static func noted(_ normalized: String) -> Label? {
        guard normalized.hasSuffix(")") || normalized.hasSuffix("）"),
            let open = normalized.lastIndex(where: { $0 == "(" || $0 == "（" }), open != normalized.startIndex,
            let label = Label(normalized: normalized[..<open].trimmingWhitespace()) ?? Self.parameterSection(normalized[..<open].trimmingWhitespace())
        else { return nil }
        let note = String(normalized[open...])
        if label == .url, note.contains("json") || note.contains("body") { return .parameters(.body) }
        if label == .parameters(nil), let placement = Self.placement(named: note.split(separator: " ").map(String.init), note) {
            return .parameters(placement)
        }
        return label
    }

    /// "Request body JSON parameters", "URL query params", "请求头参数": a heading that ends
    /// as a parameter section does, with the place its words name.
    static func parameterSection(_ written: String) -> Label? {
        // "路径参数说明", "Body parameter list": a section about parameters, named so.
        var normalized = written
        for suffix in ["说明", "描述", "列表", "信息", " description", " descriptions", " list", " information", " info", " explanation"] where normalized.hasSuffix(suffix) && normalized.count > suffix.count + 1 {
            normalized = normalized.dropLast(suffix.count).trimmingWhitespace()
        }
        if normalized != written, case .parameters? = Label(normalized: normalized) { return Label(normalized: normalized) }
        let words = normalized.split(separator: " ").map(String.init)
        guard let last = words.last, ["parameters", "params", "参数", "headers", "arguments"].contains(last)
            || normalized.hasSuffix("参数") || isRequestFields(words),
            words.count <= 5
        else { return nil }
        if ["response", "return", "返回", "响应", "输出", "出参"].contains(where: { normalized.contains($0) }) { return .responses }
        if last == "headers" { return .parameters(.header) }
        return .parameters(placement(named: words, normalized))
    }

    /// "The following fields are required:", "These query parameters are optional:": a
    /// sentence opening a list of parameters, all required or all optional.
    static func parameterStatement(_ normalized: String) -> Label? {
        let words = normalized.split(separator: " ").map(String.init)
        guard words.count <= 8,
            words.contains(where: { ["parameters", "params", "fields", "arguments"].contains($0) }) || normalized.contains("参数"),
            words.contains(where: { ["required", "optional", "optionally", "mandatory"].contains($0) })
                || ["必填", "可选", "选填", "必选"].contains(where: normalized.contains),
            !["response", "return", "返回", "响应"].contains(where: normalized.contains)
        else { return nil }
        return .parameters(placement(named: words, normalized))
    }

    /// "**Required**:", "Optional:", "可选": a label alone that splits a parameter list into
    /// the required ones and the others, whatever section it stands in.
    static func requiredGroup(_ normalized: String) -> Bool? {
        switch normalized {
        case "required", "mandatory", "必选", "必填", "必须", "必需", "必填项", "必选项": return true
        case "optional", "可选", "选填", "非必填", "非必选", "选填项", "可选项": return false
        default: return nil
        }
    }

    /// "with the following body:", "It returns a JSON body like the following:": a short
    /// sentence that introduces the request body or the response shown next.
    static func introduction(_ normalized: String) -> Label? {
        // A label alone ("Response:") is read as a label, where labels are.
        let words = normalized.split(separator: " ")
        guard words.count >= 3, words.count <= 30 else { return nil }
        if ["return", "response", "返回", "响应"].contains(where: normalized.contains) { return .responses }
        if words.count <= 10, ["body", "payload", "请求体"].contains(where: normalized.contains) { return .parameters(.body) }
        return nil
    }

    private static func placement(named words: [String], _ normalized: String) -> Parameter.Placement? {
        let places: [(String, Parameter.Placement)] = [
            ("header", .header), ("path", .path), ("query", .query), ("body", .body), ("json", .body), ("form", .form),
            ("请求头", .header), ("路径", .path), ("查询", .query), ("请求体", .body), ("表单", .form), ("url", .query),
        ]
        return places.first { place in words.contains { $0.contains(place.0) } || normalized.contains(place.0) && !place.0.isAllASCII }?.1
    }

    /// "Request body fields", "Optional fields": fields a request sends. Fields alone, or an
    /// object's fields, describe a response as often as a request.
    static func isRequestFields(_ words: [String]) -> Bool {
        guard words.count >= 2, words.last == "fields" || words.last == "字段" else { return false }
        let qualifiers = ["request", "body", "query", "form", "path", "header", "optional", "required", "input", "请求", "必填", "可选"]
        return words.dropLast().contains { word in qualifiers.contains { word.contains($0) } }
    }

    /// "请求地址 {#route-uri}" is "请求地址": the id some generators let a heading set.
    /// So is "List checks {: #list-checks .rule }", kramdown's attribute list.
    static func withoutHeadingID(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasSuffix("}"),
            let open = trimmed.range(of: "{#", options: .backwards) ?? trimmed.range(of: "{:", options: .backwards)
        else { return trimmed }
        return trimmed[..<open.lowerBound].trimmingWhitespace()
    }

    private static let spellingsByLength = spellings.keys.filter(\.isAllASCII).sorted()

    /// Traditional characters of the labels' words, read as their simplified forms, so that
    /// one vocabulary serves both (請求參數 is 请求参数).
    static let traditional: [Character: Character] = [
        "請": "请", "參": "参", "數": "数", "響": "响", "應": "应", "說": "说", "碼": "码", "錯": "错", "誤": "误",
        "類": "类", "權": "权", "驗": "验", "證": "证", "選": "选", "須": "须", "據": "据", "結": "结", "體": "体",
        "頭": "头", "徑": "径", "義": "义", "欄": "栏", "預": "预", "設": "设", "訊": "讯", "務": "务", "態": "态",
        "線": "线", "網": "网", "單": "单", "標": "标", "屬": "属", "項": "项", "詳": "详", "細": "细", "範": "范",
        "傳": "传", "輸": "输", "條": "条", "實": "实", "錄": "录", "認": "认", "對": "对", "個": "个", "資": "资",
        "廣": "广", "號": "号", "稱": "称", "問": "问", "題": "题", "時": "时", "間": "间", "長": "长",
    ]

    init?(normalized: String) {
        // "请求 URL" is 请求url: Chinese labels put a space before Latin letters, or not.
        guard let label = Self.spellings[normalized]
            ?? (normalized.isAllASCII ? nil : Self.spellings[normalized.filter { $0 != " " }])
        else { return nil }
        self = label
    }

    /// The spelling closest to an unknown label, for "did you mean". Short words and
    /// non-ASCII text have no suggestion: one edit away from them is too much.
    static func suggestion(for normalized: String) -> String? {
        guard normalized.count >= 5, normalized.isAllASCII else { return nil }
        // Closer than "did you mean" elsewhere: a heading one letter off a label is a typo,
        // "Requesting scopes" or "Example 1" are titles.
        let limit = max(1, normalized.count / 6)
        return spellingsByLength.lazy.filter { abs($0.count - normalized.count) <= limit }
            .map { ($0, Suggestion.editDistance(normalized, $0)) }
            .filter { $0.1 <= limit }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }
}

extension String {
    /// Without the given characters at either end.
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        guard let start = firstIndex(where: { !set.contains($0) }) else { return "" }
        let end = lastIndex(where: { !set.contains($0) })!
        return String(self[start...end]).trimmingWhitespace()
    }
}
