/// A code block of `Label = value` lines that declares endpoints:
///
///     URL = http://127.0.0.1:1234/saveBookSources
///     URL = http://127.0.0.1:1234/saveRssSources
///     Method = POST
///
/// Each URL takes the block's methods. Every line must be a label and its value, and
/// there must be a URL and a method among them, else the block is an example.
struct LabelBlock {
    var urls: [OperationURL]
    var methods: [HTTPMethod]

    /// Whether the block holds only its URLs and methods, nothing the card would not show.
    var isOnlyEndpoints: Bool
    /// Query names the URLs write (`getBookSource?url=xxx`).
    var queryNames: [String]

    init?(_ literal: String) {
        guard literal.utf8.count < 2000 else { return nil }
        var isOnlyEndpoints = true
        var queryNames: [String] = []
        var urls: [OperationURL] = []
        var methods: [HTTPMethod] = []
        var lines = 0
        for line in literal.split(separator: "\n") where !line.trimmingWhitespace().isEmpty {
            lines += 1
            guard lines <= 12, let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" || $0 == "：" }) else { return nil }
            let name = Label.normalize(String(line[..<separator]))
            let value = line[line.index(after: separator)...].trimmingWhitespace()
            guard !name.isEmpty, name.count <= 20, !value.isEmpty, name.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
            switch Label(normalized: name) {
            case .url?:
                guard let url = OperationURL(parsingReference: value), url.scheme.isEmpty || url.scheme.hasPrefix("http") else { continue }
                urls.append(url)
                for (name, _) in EndpointLine.queryPairs(in: value) where !queryNames.contains(name) { queryNames.append(name) }
            case .method?:
                guard let method = HTTPMethod(parsing: value) else { return nil }
                methods.append(method)
            default:
                isOnlyEndpoints = false
            }
        }
        guard !urls.isEmpty, !methods.isEmpty else { return nil }
        self.urls = urls
        self.methods = methods
        self.isOnlyEndpoints = isOnlyEndpoints
        self.queryNames = queryNames
    }
}

/// Docs written inside a plain code block: a description, `地址格式：{root}/api/callback`,
/// `Header：` over indented `NAME : value` lines, then a sentence introducing the JSON the
/// request sends, indented under it. Lines at the left edge are read as labels, the rest
/// skipped; a URL label with a path is needed, else the block is an example.
struct LabelProse {
    var urls: [OperationURL] = []
    var methods: [HTTPMethod] = []
    var headerNames: [String] = []
    /// The request body's JSON, as the block shows it.
    var body: String?

    init?(_ literal: String) {
        guard literal.utf8.count < 12_000 else { return nil }
        let lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard let first = line.first, !first.isWhitespace, first != "{", first != "\"",
                let separator = line.firstIndex(where: { $0 == ":" || $0 == "：" })
            else { continue }
            let name = Label.normalize(String(line[..<separator]))
            let value = line[line.index(after: separator)...].trimmingWhitespace()
            guard !name.isEmpty, name.count <= 40 else { continue }
            // The lines indented under a label are its value.
            let indented = lines[index...].prefix { $0.trimmingWhitespace().isEmpty || $0.first?.isWhitespace == true }
            switch Label(normalized: name) ?? (value.isEmpty ? Label.introduction(name) : nil) {
            case .url?:
                guard let url = OperationURL(parsingReference: value), url.path.count > 1, !url.isFile,
                    url.scheme.isEmpty || url.scheme.hasPrefix("http")
                else { continue }
                urls.append(url)
            case .method?:
                if let method = HTTPMethod(parsing: value) { methods.append(method) }
            case .parameters(.header)? where value.isEmpty:
                headerNames += indented.compactMap { line in
                    guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
                    let name = line[..<colon].trimmingWhitespace()
                    return name.isEmpty || name.contains(" ") ? nil : name
                }
            case .parameters(.body)? where value.isEmpty:
                let text = indented.joined(separator: "\n").trimmingWhitespace()
                if text.hasPrefix("{") || text.hasPrefix("["), (try? JSONValue(parsingAnnotated: text)) != nil { body = text }
            default:
                break
            }
        }
        if urls.isEmpty { return nil }
    }

    /// Only a block with no language, or one of plain text, holds prose.
    static func mayHoldProse(info: String) -> Bool {
        ["", "text", "txt", "plain", "plaintext"].contains(OperationExtractor.language(info).lowercased())
    }
}
