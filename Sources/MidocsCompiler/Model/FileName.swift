/// What a file or folder name says when the docs give nothing better: its place in name
/// order and a title. A numeric prefix (`01-setup`) orders by its number and is left out of
/// the title.
enum FileName {
    /// Name order, with a numeric prefix compared as a number: `2-x` before `10-y`.
    static func precedes(_ left: String, _ right: String) -> Bool {
        let (leftNumber, leftRest) = numbered(left)
        let (rightNumber, rightRest) = numbered(right)
        if leftNumber != rightNumber { return (leftNumber ?? Int.max) < (rightNumber ?? Int.max) }
        return leftRest < rightRest
    }

    /// `01-getting-started` is 1 and `getting-started`; a name without a prefix has no number.
    static func numbered(_ name: String) -> (number: Int?, rest: Substring) {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < 9 else { return (nil, name[...]) }
        var rest = name.dropFirst(digits.count)
        guard let separator = rest.first, "-_. ".contains(separator) else { return (nil, name[...]) }
        rest = rest.dropFirst()
        return rest.isEmpty ? (nil, name[...]) : (Int(digits), rest)
    }

    /// A title made from a file or folder name: `01-getting_started` is "Getting started",
    /// `rest-api` is "REST API".
    /// The title of a page known by its slug alone: its last part's (`api/build-info`).
    static func title(ofSlug slug: String) -> String {
        title(ofName: String(slug.split(separator: "/").last ?? ""))
    }

    static func title(ofName name: String) -> String {
        let words = numbered(name).rest.split { $0 == "-" || $0 == "_" || $0 == " " }.map { word in
            acronyms[word.lowercased()] ?? String(word)
        }
        guard let first = words.first else { return name }
        let rest = words.dropFirst().map { acronyms.values.contains($0) ? $0 : $0.lowercased() }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + rest).joined(separator: " ")
    }

    /// Words that names write in lower case and titles in their own.
    private static let acronyms = [
        "api": "API", "apis": "APIs", "sdk": "SDK", "faq": "FAQ", "url": "URL", "http": "HTTP", "json": "JSON",
        "rest": "REST", "cli": "CLI", "id": "ID", "oauth": "OAuth", "ui": "UI", "v1": "v1", "v2": "v2", "v3": "v3",
    ]
}
