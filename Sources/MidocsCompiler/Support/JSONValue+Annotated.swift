extension JSONValue {
    /// Reads a JSON example as docs annotate it: `// note` and `/* note */` comments and
    /// trailing commas dropped. Extraction reads fields from such examples; the checks
    /// still parse them strictly and say what is not JSON.
    init(parsingAnnotated text: String) throws {
        // Most examples are plain JSON: parsed once, and rewritten only when that fails.
        do {
            try self.init(parsing: text)
        } catch {
            try self.init(parsing: Self.withoutAnnotations(text))
        }
    }

    static func withoutAnnotations(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        var isInString = false
        var pendingComma: Int?
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if isInString {
                kept.append(byte)
                if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    kept.append(next)
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    isInString = false
                }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "/"), next == UInt8(ascii: "/") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                continue
            }
            if byte == UInt8(ascii: "/"), next == UInt8(ascii: "*") {
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                index += 2
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                isInString = true
                pendingComma = nil
            case UInt8(ascii: ","):
                pendingComma = kept.count
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let comma = pendingComma { kept[comma] = 0x20 }
                pendingComma = nil
            case 0x20, 0x09, 0x0A, 0x0D:
                break
            default:
                pendingComma = nil
            }
            kept.append(byte)
            index += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }
}

extension JSONValue {
    /// The comment written on the line of each top-level key of an annotated object
    /// (`"name": "x",  // 任务描述（必填）`), by key: what the example says of each field.
    static func keyComments(in text: String) -> [String: String] {
        var comments: [String: String] = [:]
        var depth = 0
        var isInString = false
        var stringStart: String.UTF8View.Index?
        var lineKey: String?
        var lastString: String?
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if isInString {
                if byte == UInt8(ascii: "\\"), next < utf8.endIndex {
                    index = utf8.index(after: next)
                    continue
                }
                if byte == UInt8(ascii: "\""), let start = stringStart {
                    isInString = false
                    lastString = String(text[start..<index])
                }
                index = next
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                isInString = true
                stringStart = next
            case UInt8(ascii: ":"):
                if depth == 1, lineKey == nil { lineKey = lastString }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            case 0x0A:
                lineKey = nil
            case UInt8(ascii: "/") where next < utf8.endIndex && (utf8[next] == UInt8(ascii: "/") || utf8[next] == UInt8(ascii: "*")):
                let end = text[next...].firstIndex(where: \.isNewline) ?? text.endIndex
                let comment = text[utf8.index(after: next)..<end]
                    .replacingOccurrences(of: "*/", with: "").trimmingWhitespace()
                if let key = lineKey, comments[key] == nil, !comment.isEmpty { comments[key] = String(comment) }
                index = end
                continue
            default:
                break
            }
            index = next
        }
        return comments
    }
}
