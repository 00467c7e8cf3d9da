/// The labels midocs reads in an operation, in headings (`##### request url: &emsp; ...`,
/// `### Parameters`) or bold lines (`**Scopes:** 4, 6`), in any case and spacing.
enum Label: Sendable, Hashable {
    case url, method, scopes, rateLimit, parameters, responses, bodyPrefix
    case response(Response.Outcome)

    /// Every spelling midocs accepts, by what it means.
    static let spellings: [String: Label] = [
        "url": .url, "request url": .url, "endpoint": .url,
        "method": .method, "request method": .method, "http method": .method,
        "scope": .scopes, "scopes": .scopes, "request scope": .scopes, "request scopes": .scopes,
        "required scopes": .scopes,
        "rate limit": .rateLimit, "request rate limit": .rateLimit,
        "params": .parameters, "parameters": .parameters, "request params": .parameters,
        "request parameters": .parameters,
        "response": .responses, "responses": .responses, "response data": .responses,
        "body prefix": .bodyPrefix,
        "success": .response(.success), "failure": .response(.failure), "failed": .response(.failure),
    ]

    /// "Request  Method :" is `request method`: lower case, one space between words, no colon.
    static func normalize(_ text: String) -> String {
        // Every heading and list line is read for a label: ASCII lines, nearly all of them,
        // are normalized byte by byte, without breaking graphemes.
        text.isAllASCII ? normalizeASCII(text) : normalizeWords(text)
    }

    static func normalizeWords(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == ":" })
        return words.joined(separator: " ")
    }

    /// `normalize` for ASCII text: the same words, lowercased, joined by one space.
    static func normalizeASCII(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var isBetweenWords = false
        for byte in text.utf8 {
            if byte.isASCIIWhitespace || byte == UInt8(ascii: ":") {
                isBetweenWords = !bytes.isEmpty
                continue
            }
            if isBetweenWords {
                bytes.append(0x20)
                isBetweenWords = false
            }
            bytes.append(byte.asciiLowercased)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    init?(normalized: String) {
        guard let label = Self.spellings[normalized] else { return nil }
        self = label
    }

    /// The spelling closest to an unknown label, for "did you mean".
    static func suggestion(for normalized: String) -> String? {
        Suggestion.closest(to: normalized, among: spellings.keys)
    }
}
