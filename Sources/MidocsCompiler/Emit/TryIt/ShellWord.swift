/// One word of a shell command, made of text and shell variables. It is quoted in single
/// quotes when it has no variable, else in double quotes, so that the variables expand and
/// nothing else does: `'https://x/a?b=1'`, `"https://x/a?token=$ACCESS_TOKEN"`.
struct ShellWord: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case text(String)
        case variable(String)
    }

    private(set) var parts: [Part] = []

    init(_ text: String = "") {
        if !text.isEmpty { parts = [.text(text)] }
    }

    mutating func append(_ text: String) {
        if !text.isEmpty { parts.append(.text(text)) }
    }

    mutating func append(variable name: String) {
        parts.append(.variable(name))
    }

    mutating func append(_ value: SampleValue, encoded: Bool) {
        if value.isVariable {
            append(variable: value.text)
        } else {
            append(encoded ? value.text.strictlyPercentEncoded : value.text)
        }
    }

    var quoted: String {
        guard parts.contains(where: { if case .variable = $0 { true } else { false } }) else {
            let text = parts.map { if case .text(let text) = $0 { text } else { "" } }.joined()
            return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
        var result = "\""
        for (index, part) in parts.enumerated() {
            switch part {
            case .variable(let name):
                // `${NAME}` where a letter, digit or underscore follows, which would lengthen the name.
                let next = index + 1 < parts.count ? parts[index + 1] : nil
                if case .text(let text)? = next, let first = text.first, first.isLetter || first.isNumber || first == "_" {
                    result += "${\(name)}"
                } else {
                    result += "$\(name)"
                }
            case .text(let text):
                for character in text {
                    switch character {
                    case "\\", "\"", "$", "`": result += "\\\(character)"
                    // History expansion sees `!` even in double quotes: single-quote it.
                    case "!": result += "\"'!'\""
                    default: result.append(character)
                    }
                }
            }
        }
        return result + "\""
    }
}
