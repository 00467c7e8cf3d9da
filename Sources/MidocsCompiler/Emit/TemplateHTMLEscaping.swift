import Mustache

/// Mustache's HTML escaping done byte by byte. Mustache's own looks every character up in
/// a dictionary, which took a thirtieth of a large build. It escapes the same five
/// characters the same way.
struct TemplateHTMLEscaping: MustacheContentType {
    /// The name templates know it by.
    static let name = "midocs-html"

    /// What switches a template to it: a line of its own (Mustache drops it) put before
    /// each template, so that a tag alone on the first line stays alone.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registered once, before the first template names it.
    static let registered: Void = MustacheContentTypes.register(TemplateHTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { Self.replacement(for: $0) != nil }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let replacement = Self.replacement(for: byte) {
                bytes += replacement.utf8
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func replacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
