/// Gives headings the ids the docs' old site gave them (GitHub's unless site.yml says
/// otherwise), so links written for it keep working. With GitHub's rule, "Get the
/// Profile!" is `get-the-profile`; a second one is `get-the-profile-1`.
struct HeadingIDGenerator {
    var scheme: HeadingIDScheme

    init(scheme: HeadingIDScheme = .github) {
        self.scheme = scheme
    }
    /// How often each id has been repeated so far.
    private var occurrences: [String: Int] = [:]

    /// A repeat that lands on an id already taken counts on, so ids stay unique:
    /// "Example", "Example", "Example 1" are `example`, `example-1`, `example-1-1`.
    mutating func makeID(for title: String) -> String {
        let base = scheme.slug(title)
        var id = base
        // MkDocs gives no heading an empty id: its first repeat is `_1`.
        while occurrences[id] != nil || (id.isEmpty && scheme == .mkdocs) {
            let count = occurrences[base, default: 0] + 1
            occurrences[base] = count
            id = scheme.repeated(base, count)
        }
        occurrences[id] = 0
        return id
    }

    /// The id a heading states itself (`### Limit {#limit-user}`, as Hugo, kramdown and
    /// Docusaurus allow): taken as written, and counted so that later repeats avoid it.
    mutating func use(_ id: String) -> String {
        occurrences[id] = occurrences[id] ?? 0
        return id
    }

    /// `Limit {#limit-user}` is `Limit` with the id `limit-user`; nil without one.
    static func statedID(in title: String) -> (title: String, id: String)? {
        let trimmed = title.trimmingWhitespace()
        guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else { return nil }
        let id = trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)].trimmingWhitespace()
        guard !id.isEmpty, !id.contains(" ") else { return nil }
        return (trimmed[..<open.lowerBound].trimmingWhitespace(), id)
    }

    /// The id GitHub gives a heading, before repeats are told apart.
    static func slug(_ title: String) -> String { githubSlug(title) }

    static func githubSlug(_ title: String) -> String {
        // ASCII characters, nearly all of them, are done as bytes; the Unicode tables are
        // asked only about the others.
        let lowered = title.lowercasedASCIIFirst()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lowered.utf8.count)
        for scalar in lowered.unicodeScalars {
            guard scalar.isASCII else {
                if isWordCharacter(scalar) { bytes += String(scalar).utf8 }
                continue
            }
            let byte = UInt8(scalar.value)
            switch byte {
            case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                bytes.append(byte)
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Ruby's `\p{Word}`, which GitHub's rule keeps.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.isJoinControl { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
