/// A parsed JSON example, kept precise enough to tell `true` from `1` and `1` from `1.5`.
indirect enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), integer(Int64), number(Double), string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        // Each failed attempt throws, which costs far more than a match: the kinds are tried
        // from the most common in examples (strings, then whole numbers) to the least.
        // Whole numbers come before other numbers, so that `1` stays apart from `1.5`.
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else {
            self = .array(try container.decode([JSONValue].self))
        }
    }

    /// How a reader would name the value's type: "a string", "a number".
    var typeDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer, .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// Whether the value has the documented type; null is allowed for any.
    func conforms(to type: ValueType) -> Bool {
        switch (type, self) {
        case (_, .null): return true
        case (.long, .integer), (.int, .integer): return true
        case (.string, .string), (.boolean, .bool), (.object, .object): return true
        case (.list(let element), .array(let values)): return values.allSatisfy { $0.conforms(to: element) }
        default: return false
        }
    }
}
