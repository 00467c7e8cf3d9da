/// Gives headings the ids GitHub gives them, so links written for GitHub keep working:
/// lower case, punctuation dropped, spaces to hyphens, `-1`, `-2` for repeats.
/// "Get the Profile!" is `get-the-profile`; a second one is `get-the-profile-1`.
struct HeadingIDGenerator {
    /// How often each id has been repeated so far.
    private var occurrences: [String: Int] = [:]

    /// A repeat that lands on an id already taken counts on, so ids stay unique:
    /// "Example", "Example", "Example 1" are `example`, `example-1`, `example-1-1`.
    mutating func makeID(for title: String) -> String {
        let base = Self.slug(title)
        var id = base
        while occurrences[id] != nil {
            let count = occurrences[base, default: 0] + 1
            occurrences[base] = count
            id = "\(base)-\(count)"
        }
        occurrences[id] = 0
        return id
    }

    static func slug(_ title: String) -> String {
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
