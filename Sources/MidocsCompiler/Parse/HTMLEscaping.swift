/// Escaping that matches cmark's HTML renderer, so our output and cmark's agree.
enum HTMLEscaping {
    /// Escapes text and attribute values: `&`, `<`, `>` and `"`, as cmark does, and with
    /// `apostrophe`, `'` as `&#39;`, as Mustache does.
    static func escape(_ text: String, apostrophe: Bool = false) -> String {
        // Most text has nothing to escape: looked over as raw bytes, in one tight loop.
        let isSpecial: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || (apostrophe && $0 == 0x27) }
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isSpecial) }) ?? text.utf8.contains(where: isSpecial) else {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'") where apostrophe: bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Escapes a URL for an `href` or `src` attribute: percent-encodes what is not safe in a
    /// URL, as cmark's houdini_escape_href does.
    static func escapeURL(_ url: String) -> String {
        var result = ""
        result.reserveCapacity(url.utf8.count)
        for byte in url.utf8 {
            if byte == 0x26 {
                result += "&amp;"
            } else if byte == 0x27 {
                result += "&#x27;"
            } else if isSafeInURL(byte) {
                result.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                result += "%" + hexDigits(byte)
            }
        }
        return result
    }

    /// cmark's safe mode: no script URLs, and data URLs only for common image types.
    static func isDangerousURL(_ url: String) -> Bool {
        let lowered = url.prefix(32).lowercased()
        if lowered.hasPrefix("javascript:") || lowered.hasPrefix("vbscript:") || lowered.hasPrefix("file:") {
            return true
        }
        if lowered.hasPrefix("data:") {
            let images = ["image/png;", "image/gif;", "image/jpeg;", "image/webp;"]
            return !images.contains { lowered.dropFirst(5).hasPrefix($0) }
        }
        return false
    }

    private static func isSafeInURL(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true  // digits and letters
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"),
            UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"),
            UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return true
        default: return false
        }
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
