/// Splits raw HTML into text, start tags and end tags, the way a browser would read them
/// closely enough to sanitise: names lower-cased, attribute values unquoted and with their
/// character references decoded, comments and declarations skipped. A `<` that opens no
/// tag is text.
enum RawHTMLTokenizer {
    enum Token: Equatable {
        case text(String)
        case startTag(name: String, attributes: [Attribute], selfClosing: Bool)
        case endTag(name: String)
    }

    struct Attribute: Equatable {
        var name: String
        var value: String
    }

    static func tokens(of html: String) -> [Token] {
        let bytes = Array(html.utf8)
        var tokens: [Token] = []
        var text: [UInt8] = []
        var index = 0
        func flush() {
            if !text.isEmpty { tokens.append(.text(String(decoding: text, as: UTF8.self))) }
            text.removeAll()
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                text.append(bytes[index])
                index += 1
                continue
            }
            if let end = skippedMarkup(bytes, at: index) {
                flush()
                index = end
            } else if let (token, end) = tag(bytes, at: index) {
                flush()
                tokens.append(token)
                index = end
            } else {
                text.append(bytes[index])
                index += 1
            }
        }
        flush()
        return tokens
    }

    /// The end of a comment, declaration or processing instruction starting at `start`.
    private static func skippedMarkup(_ bytes: [UInt8], at start: Int) -> Int? {
        let rest = bytes[(start + 1)...]
        if rest.starts(with: "!--".utf8) {
            return find("-->", in: bytes, from: start + 4).map { $0 + 3 } ?? bytes.count
        }
        guard let first = rest.first, first == UInt8(ascii: "!") || first == UInt8(ascii: "?") else { return nil }
        return find(">", in: bytes, from: start + 2).map { $0 + 1 } ?? bytes.count
    }

    private static func find(_ needle: String, in bytes: [UInt8], from start: Int) -> Int? {
        let needle = Array(needle.utf8)
        guard start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
            || byte == 0x5F || byte == 0x3A
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// A start or end tag at `start`, and where it ends; nil when `<` opens none.
    private static func tag(_ bytes: [UInt8], at start: Int) -> (Token, Int)? {
        var index = start + 1
        let isEnd = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if isEnd { index += 1 }
        guard index < bytes.count, (bytes[index] | 0x20) >= 0x61, (bytes[index] | 0x20) <= 0x7A else { return nil }
        let nameStart = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        var attributes: [Attribute] = []
        var selfClosing = false
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ">") {
                let token: Token = isEnd ? .endTag(name: name) : .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
                return (token, index + 1)
            }
            if bytes[index] == UInt8(ascii: "/") {
                selfClosing = true
                index += 1
                continue
            }
            selfClosing = false
            let attributeStart = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">"),
                bytes[index] != UInt8(ascii: "/") || index == attributeStart
            {
                index += 1
            }
            let attributeName = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count else { return nil }
                let quote = bytes[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let end = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                    value = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                    index = end + 1
                } else {
                    let valueStart = index
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            attributes.append(Attribute(name: attributeName, value: CharacterReference.decode(value)))
        }
        return nil
    }
}
