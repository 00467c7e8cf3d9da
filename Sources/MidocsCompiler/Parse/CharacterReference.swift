/// Character references in raw HTML attribute values (`&#106;`, `&#x6A`, `&colon;`),
/// decoded as a browser would before it reads a URL, so that a scheme spelled with them
/// is seen for what it is.
enum CharacterReference {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "colon": ":", "tab": "\t",
        "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")", "semi": ";", "comma": ",", "period": ".",
    ]

    static func decode(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
        var output = ""
        var rest = value[...]
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let (decoded, end) = reference(after) {
                output += decoded
                rest = after[end...]
            } else {
                output += "&"
                rest = after
            }
        }
        return output + rest
    }

    /// The character a reference stands for and where it ends (after its `;`, which
    /// numeric references may leave out).
    private static func reference(_ text: Substring) -> (String, Substring.Index)? {
        if text.first == "#" {
            var digits = text.dropFirst()
            let isHex = digits.first == "x" || digits.first == "X"
            if isHex { digits = digits.dropFirst() }
            let number = digits.prefix { isHex ? $0.isHexDigit : ($0.isASCII && $0.isNumber) }
            guard !number.isEmpty, number.count <= 8, let value = UInt32(number, radix: isHex ? 16 : 10) else { return nil }
            var end = number.endIndex
            if end < text.endIndex, text[end] == ";" { end = text.index(after: end) }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            return (String(Character(scalar)), end)
        }
        let name = text.prefix { $0.isASCII && $0.isLetter }
        guard name.endIndex < text.endIndex, text[name.endIndex] == ";", let decoded = named[name.lowercased()] else { return nil }
        return (decoded, text.index(after: name.endIndex))
    }
}
