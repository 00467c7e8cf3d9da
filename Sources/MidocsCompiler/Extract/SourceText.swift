/// Cuts the Markdown source of a node out of its file, so descriptions keep their markup.
struct SourceText {
    private let bytes: [UInt8]
    /// Byte offset of the start of each line; line 1 is at index 0.
    private let lineStarts: [Int]

    init(_ file: SourceFile) {
        bytes = Array(file.text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The source text covered by `range`, trimmed of surrounding white space.
    func slice(_ range: SourceRange) -> String {
        guard let start = offset(range.start), let end = offset(range.end), start < end else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self).trimmingWhitespace()
    }

    /// The bytes covered by `range` as written, entities and escapes included.
    func bytes(_ range: SourceRange) -> ArraySlice<UInt8> {
        guard let start = offset(range.start), let end = offset(range.end), start < end else { return [] }
        return bytes[start..<end]
    }

    /// How many lines the file has; an empty file has one, empty.
    var lineCount: Int { lineStarts.count }

    /// The whole source line, without its line break.
    func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    private func offset(_ location: SourceLocation) -> Int? {
        guard location.line >= 1, location.line <= lineStarts.count else { return nil }
        return min(lineStarts[location.line - 1] + location.column - 1, bytes.count)
    }

    /// The index after an entity such as `&emsp;` or `&#8195;` that starts at `start`.
    static func entityEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "&") else { return nil }
        var index = start + 1
        while index < bytes.count, index - start <= 32 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") { return index > start + 1 ? index + 1 : nil }
            let isAlphanumeric = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            guard isAlphanumeric || byte == UInt8(ascii: "#") else { return nil }
            index += 1
        }
        return nil
    }

    /// How many bytes of spaces, tabs and entities (`&emsp;`) open `bytes`.
    static func leadingSpaceLength(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x20 || bytes[index] == 0x09 {
                index += 1
            } else if let end = entityEnd(bytes, from: index) {
                index = end
            } else if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, (0x80...0x8A).contains(bytes[index + 2]) {
                index += 3  // a typed en, em or thin space
            } else if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2  // a typed no-break space
            } else {
                break
            }
        }
        return index
    }
}
