/// Finds whole numbers in text, with where each stands: error codes and scope ids are
/// numbers the docs write in prose, tables and examples.
enum NumberScanner {
    /// Whole numbers standing alone (not inside a longer run of letters or digits), with
    /// their place counted from `start` on one line of bytes.
    static func numbers(in bytes: [UInt8], at start: SourceLocation) -> [(Int, SourceRange)] {
        var found: [(Int, SourceRange)] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), index == 0 || !isWordByte(bytes[index - 1]) else {
                index += 1
                continue
            }
            let first = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index == bytes.count || !isWordByte(bytes[index]), index - first <= 9,
                let number = Int(String(decoding: bytes[first..<index], as: UTF8.self))
            else { continue }
            var location = start
            location.column += first
            found.append((number, SourceRange(start: location, length: index - first)))
        }
        return found
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_") || byte >= 0x80
    }
}
