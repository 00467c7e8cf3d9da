extension StringProtocol {
    /// Whether every byte is ASCII: then the byte-by-byte fast paths (heading slugs, labels,
    /// OpenAPI names) give what the Unicode-aware ways give.
    var isAllASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}

extension UInt8 {
    /// Space, tab, line feed, vertical tab, form feed or carriage return: the ASCII
    /// characters `Character.isWhitespace` accepts.
    var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }

    /// An ASCII capital as its small letter; any other byte as it is.
    var asciiLowercased: UInt8 { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) ? self | 0x20 : self }
}

extension String {
    /// `lowercased()`, with ASCII characters lowercased as bytes. Once a text holds one
    /// non-ASCII character, the standard library looks every character up in the Unicode
    /// tables; it lowercases character by character, without context, as this does.
    func lowercasedASCIIFirst() -> String {
        if isAllASCII { return lowercased() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value).asciiLowercased)
            } else {
                bytes += scalar.properties.lowercaseMapping.utf8
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
