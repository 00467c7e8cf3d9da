/// Whether a parameter's description marks it required or optional, as tables and lists
/// write it: at the start (`*[Optional]* Trading pair`, `(required) The id`, `可选，...`),
/// as a sentence or clause of its own ("The S3 bucket. Required.", "string, optional",
/// "... node. Optional, defaults to `false`."), or a short one ending so ("string - Is
/// optional.", "关键词（必填）"), or a description that starts "Optional ..." or "An optional ...". An
/// English "required" must stand apart: "Required if ..." is a condition; "Required
/// Keyword of user" (bold lost) starts a new phrase.
enum RequiredMark {
    static let words: [(String, Bool)] = [
        ("optional", false), ("required", true), ("mandatory", true), ("可选", false), ("选填", false), ("非必填", false),
        ("非必选", false), ("非必须", false), ("不必填", false),
        ("必填", true), ("必选", true), ("必须", true),
    ]

    static func inDescription(_ description: String) -> Bool? {
        mark(in: description)?.value
    }

    /// The mark, and whether it leads the description or stands in parentheses (as in
    /// tables that mark only the exceptions: `*[Optional]* ...`, `项目头像（可选）`).
    static func mark(in description: String) -> (value: Bool, leads: Bool)? {
        let written = description.trimmingCharacters(in: "*_[]()（）【】 ")
        let text = Label.simplified(written)
        for (word, value) in words where text.hasPrefix(word) {
            guard word.isAllASCII else { return (value, true) }
            let after = written.dropFirst(word.count)
            guard let next = after.first else { return (value, true) }
            if !next.isLetter && !next.isWhitespace { return (value, true) }
            if next.isWhitespace, after.dropFirst().first?.isUppercase == true { return (value, true) }
            // "Optional list of ids", "An optional time to live": the thing described is
            // optional, though the row is not marked as such ("Optional values are ..." is
            // about something else).
            let noun = after.dropFirst().prefix { $0.isLetter }.lowercased()
            if !value, !["values", "fields", "parameters", "params", "keys", "settings"].contains(noun) { return (false, false) }
        }
        if text.hasPrefix("an optional ") || text.hasPrefix("a optional ") { return (false, false) }
        // "搜索关键词（必填）", "返回数量（可选，默认 20）": a mark in parentheses.
        for group in text.split(whereSeparator: { "(（".contains($0) }).dropFirst() {
            let inner = group.prefix { !")）".contains($0) }.trimmingWhitespace()
            if let value = startingMark(String(inner.split(whereSeparator: { ",，;；".contains($0) }).first ?? "")) { return (value, true) }
        }
        // "string - Is optional but used for paging": a statement after a dash.
        for part in text.components(separatedBy: " - ").dropFirst() where part.hasPrefix("is ") {
            if part.hasPrefix("is optional") { return (false, false) }
            if part.hasPrefix("is required") || part.hasPrefix("is mandatory") { return (true, false) }
        }
        guard text.contains(where: { ".,;。，；".contains($0) }) else { return nil }
        for clause in text.split(whereSeparator: { ".,;。，；".contains($0) }).dropFirst() {
            let clause = String(clause).trimmingCharacters(in: "*_[]()（）【】 ")
            if let value = startingMark(clause) ?? endingMark(clause) { return (value, false) }
        }
        return endingMark(String(text.split(whereSeparator: { ".;。；".contains($0) }).first ?? "")).map { ($0, false) }
    }

    /// "optional", "Optional - defaults to 1": a clause that starts with a mark standing apart.
    private static func startingMark(_ clause: String) -> Bool? {
        guard let (word, value) = words.first(where: { clause.hasPrefix($0.0) }) else { return nil }
        guard let next = clause.dropFirst(word.count).first else { return value }
        return word.isAllASCII && (next.isLetter || next.isWhitespace) ? nil : value
    }

    /// "string - is optional", "this field is required": a short clause that ends with one.
    private static func endingMark(_ clause: String) -> Bool? {
        let words = clause.split(separator: " ")
        guard words.count <= 5, let last = words.last, words.count >= 2, ["is", "are"].contains(words[words.count - 2]) else {
            return nil
        }
        return Self.words.first { $0.0 == last }?.1
    }
}
