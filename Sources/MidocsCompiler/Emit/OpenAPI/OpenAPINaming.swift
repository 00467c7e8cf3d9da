/// OpenAPI names for what the docs call things: the operation "Get the user profile" is
/// `getTheUserProfile` as an operationId and `GetTheUserProfile` at the start of its schemas.
enum OpenAPINaming {
    /// "Get the phone number and e-mail address" is `GetThePhoneNumberAndEMailAddress`.
    static func upperCamel(_ text: String) -> String {
        let name = text.isAllASCII ? upperCamelASCII(text) : upperCamelWords(text)
        return name.isEmpty ? "Unnamed" : name
    }

    static func upperCamelWords(_ text: String) -> String {
        words(text).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `upperCamel` for ASCII text, byte by byte: every operation is named on every build, and
    /// nearly every title is ASCII.
    static func upperCamelASCII(_ text: String) -> String {
        var name: [UInt8] = []
        name.reserveCapacity(text.utf8.count)
        var startsWord = true
        for byte in text.utf8 {
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let lower = byte | 0x20
            guard isDigit || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) else {
                startsWord = true
                continue
            }
            name.append(startsWord && !isDigit ? byte & ~0x20 : byte)
            startsWord = false
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// `get-the-user-profile` is `getTheUserProfile`; `/oauth2/token` is `oauth2Token`.
    static func lowerCamel(_ text: String) -> String {
        let name = upperCamel(text)
        return name.prefix(1).lowercased() + name.dropFirst()
    }

    /// `name`, or `name2`, `name3`... when `used` already has it; records the answer in `used`.
    static func unique(_ name: String, in used: inout Set<String>) -> String {
        var candidate = name
        var counter = 2
        while used.contains(candidate) {
            candidate = name + String(counter)
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Component keys and operationIds stay within ASCII letters and digits, which every
    /// OpenAPI tool and generator accepts.
    private static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
    }
}
