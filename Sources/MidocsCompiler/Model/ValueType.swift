/// The type the docs give a parameter or a field, as the model knows it. The words docs
/// use for types are many (`int64`, `Long`, `整型`, `array of string`, `Object[]`); each
/// maps to one of these, and the written word is kept beside it (`typeName`).
public indirect enum ValueType: Sendable, Hashable, Codable, CustomStringConvertible {
    case long, int, number, string, boolean, object, file
    /// Any JSON value: what `array` without an element type holds.
    case any
    case list(ValueType)

    /// Reads a type as the docs write it: "Long", "list of string", "string[]", "array of int",
    /// "Array<Integer>", "字符串", "enum".
    public init?(parsing text: String) {
        let words = Self.words(text)
        guard !words.isEmpty else { return nil }
        for prefix in ["list of ", "array of ", "array<", "list<", "[]"] where words.hasPrefix(prefix) {
            var element = String(words.dropFirst(prefix.count))
            if prefix.hasSuffix("<"), element.hasSuffix(">") { element.removeLast() }
            guard let type = ValueType(parsing: element) ?? Self.structure(element, in: text) else { return nil }
            self = .list(type)
            return
        }
        for suffix in ["[]", "数组", " array", " list"] where words.hasSuffix(suffix) && words.count > suffix.count {
            let element = String(words.dropLast(suffix.count))
            guard let type = ValueType(parsing: element) ?? Self.structure(element, in: text) else { return nil }
            self = .list(type)
            return
        }
        guard let type = Self.vocabulary[words] else { return nil }
        self = type
    }

    /// Every type word midocs knows, by the model type it means. Dates and timestamps are
    /// what they are sent as: a timestamp is a number of seconds or milliseconds, a date text.
    static let vocabulary: [String: ValueType] = {
        var vocabulary: [String: ValueType] = [:]
        let words: [(ValueType, [String])] = [
            (.long, ["long", "int64", "integer(int64)", "uint64", "bigint", "timestamp", "unix timestamp", "长整型", "长整数", "时间戳"]),
            (.int, ["int", "integer", "int32", "integer(int32)", "uint32", "short", "byte", "int8", "int16", "整数", "整型", "数字"]),
            (.number, ["number", "float", "double", "decimal", "bigdecimal", "float64", "float32", "numeric", "浮点", "浮点型", "浮点数", "小数", "数值"]),
            (.string, [
                "string", "str", "text", "char", "varchar", "enum", "date", "datetime", "date-time", "time",
                "uuid", "url", "uri", "email", "字符串", "字符", "文本", "枚举", "日期", "时间",
            ]),
            (.boolean, ["boolean", "bool", "布尔", "布尔型", "布尔值"]),
            (.object, ["object", "json", "json object", "jsonobject", "map", "dict", "dictionary", "hash", "对象", "json对象"]),
            (.file, ["file", "binary", "文件"]),
            (.any, ["any", "mixed"]),
            (.list(.any), ["array", "list", "json array", "jsonarray", "数组", "列表", "集合"]),
        ]
        for (type, spellings) in words {
            for spelling in spellings { vocabulary[spelling] = type }
        }
        return vocabulary
    }()

    /// Lower case, one space between words, and no markup around it: "`Array of String`".
    /// `array<ShelfInput>`, `Order[]`: a list of a structure the docs name with a capital,
    /// an object midocs does not know the fields of from the type alone.
    private static func structure(_ element: String, in text: String) -> ValueType? {
        guard element.count >= 2, element.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else { return nil }
        let tokens = text.split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) }
        let written = tokens.first { $0.lowercased() == element }
        return written?.first?.isUppercase == true ? .object : nil
    }

    static func words(_ text: String) -> String {
        text.lowercased().filter { $0 != "`" && $0 != "*" }
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public var description: String {
        switch self {
        case .long: return "long"
        case .int: return "int"
        case .number: return "number"
        case .string: return "string"
        case .boolean: return "boolean"
        case .object: return "object"
        case .file: return "file"
        case .any: return "any"
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
