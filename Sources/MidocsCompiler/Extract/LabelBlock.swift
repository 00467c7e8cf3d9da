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
