extension StringProtocol {
    /// Whether every byte is ASCII: then the byte-by-byte fast paths (heading slugs, labels,
    /// OpenAPI names) give what the Unicode-aware ways give.
    var isAllASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}

extension UInt8 {
    /// Space, tab, line feed, vertical tab, form feed or carriage return: the ASCII
    /// characters `Character.isWhitespace` accepts.
    var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
