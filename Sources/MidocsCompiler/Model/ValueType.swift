/// The type the docs give a parameter or a field: `long`, `int`, `string`, `boolean`,
/// `object`, or a list of one of them, written `list of long`.
public indirect enum ValueType: Sendable, Hashable, Codable, CustomStringConvertible {
    case long, int, string, boolean, object
    case list(ValueType)

    /// Reads a type as the docs write it: "Long", "list of string", "string[]", "array of int".
    public init?(parsing text: String) {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{2003}" || $0 == "\t" })
            .joined(separator: " ")
        for prefix in ["list of ", "array of "] where words.hasPrefix(prefix) {
            guard let element = ValueType(parsing: String(words.dropFirst(prefix.count))) else { return nil }
            self = .list(element)
            return
        }
        if words.hasSuffix("[]"), let element = ValueType(parsing: String(words.dropLast(2))) {
            self = .list(element)
            return
        }
        switch words {
        case "long", "int64": self = .long
        case "int", "integer", "int32": self = .int
        case "string", "str": self = .string
        case "boolean", "bool": self = .boolean
        case "object", "json object", "map": self = .object
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .long: return "long"
        case .int: return "int"
        case .string: return "string"
        case .boolean: return "boolean"
        case .object: return "object"
        case .list(let element): return "list of \(element)"
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let type = ValueType(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown type '\(text)'"))
        }
        self = type
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
