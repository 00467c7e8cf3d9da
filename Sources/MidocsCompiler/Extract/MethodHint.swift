/// Where an operation that states no method gets one from, read in this order: a sentence
/// in its own section ("该方法仅支持 post 请求", "Only POST is accepted"), an example of
/// it that is a link with a query string (a browser follows it with GET), or a sentence
/// about the whole page ("使用 HTTP GET:", "All requests are POST"). Each is reported, since
/// the docs should say it.
struct MethodHint: Equatable {
    var method: HTTPMethod
    var location: SourceLocation
    /// For the warning: "the sentence", "the example link", "the page's sentence".
    var source: String

    /// The method a curl command asks for: `-X POST`, `--request PUT`.
    static func curlMethod(_ text: String) -> HTTPMethod? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.first == "curl", let flag = words.firstIndex(where: { $0 == "-X" || $0 == "--request" }), flag + 1 < words.count
        else { return nil }
        return HTTPMethod(parsing: String(words[flag + 1]).trimmingCharacters(in: "\"'").uppercased())
    }

    /// A sentence that names one method beside a word about methods or support. Methods in
    /// lower case count only in code or among Chinese words, where they are not English verbs.
    static func stated(in paragraph: MarkdownNode) -> HTTPMethod? {
        let text = paragraph.plainText
        guard text.count <= 160 else { return nil }
        let lowered = text.lowercased()
        guard clues.contains(where: lowered.contains) else { return nil }
        var found: [HTTPMethod] = []
        paragraph.walk { node in
            switch node.kind {
            case .code(let code):
                if let method = HTTPMethod(parsing: code) { found.append(method) }
            case .text(let text):
                let isChinese = text.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
                for word in text.split(whereSeparator: { !($0.isASCII && $0.isLetter) }) {
                    guard word.count >= 3, isChinese || word == word.uppercased(), let method = HTTPMethod(parsing: String(word))
                    else { continue }
                    found.append(method)
                }
            default:
                break
            }
        }
        return found.first
    }

    /// A link that a reader follows to `path` on a host (`[/songlist](http://host/songlist)`),
    /// with or without a query: a browser fetches it with GET.
    static func linksTo(_ destination: String, path: String) -> Bool {
        guard let scheme = destination.range(of: "://"), destination.hasPrefix("http") else { return false }
        let rest = destination[scheme.upperBound...]
        let target = rest[(rest.firstIndex(of: "/") ?? rest.endIndex)...]
        return target == path || target.hasPrefix(path + "?") || target == path + "/"
    }

    static func callsWithQuery(_ text: String, path: String) -> Bool {
        var rest = Substring(text.trimmingWhitespace())
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest[(rest.firstIndex(of: "/") ?? rest.endIndex)...]
        }
        // A call with values (`?key=abc`); `?params` is the declaration's own placeholder.
        return rest.hasPrefix(path + "?") && rest.dropFirst(path.count + 1).contains("=")
    }

    private static let clues = [
        "only", "support", "accept", "method", "via", "using", "use ", "send", "request", "http",
        "仅", "只", "支持", "方式", "请求", "方法", "可用", "使用", "调用",
    ]
}
