/// Doc-comment lines from the docs' prose, wrapped at 100 columns.
enum SwiftDocumentation {
    static func lines(_ text: String, width: Int = 100) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
