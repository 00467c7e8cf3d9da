extension StringProtocol {
    func trimmingWhitespace() -> String {
        // Most text is ASCII at both ends: checking bytes first skips the Unicode tables.
        let utf8 = Substring(self).utf8
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
            !first.isASCIIWhitespace, !last.isASCIIWhitespace
        {
            return String(self)
        }
        // ASCII spaces are trimmed as bytes; the Unicode tables are asked only at a
        // non-ASCII end.
        var bytes = utf8[...]
        while let first = bytes.first, first.isASCIIWhitespace { bytes.removeFirst() }
        while let last = bytes.last, last.isASCIIWhitespace { bytes.removeLast() }
        if let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80 {
            return String(Substring(self)[bytes.startIndex..<bytes.endIndex])
        }
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
