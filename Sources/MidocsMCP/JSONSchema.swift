import MCP

/// Pieces of the JSON Schemas (draft 2020-12) the tools' outputs are described by.
enum JSONSchema {
    static let string: Value = ["type": "string"]
    static let integer: Value = ["type": "integer"]
    static let number: Value = ["type": "number"]
    static let boolean: Value = ["type": "boolean"]

    static func object(_ properties: [String: Value], required: [String]) -> Value {
        ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
    }

    static func array(of items: Value) -> Value {
        ["type": "array", "items": items]
    }

    static func string(_ description: String) -> Value {
        ["type": "string", "description": .string(description)]
    }

    static func strings(_ choices: [String]) -> Value {
        ["type": "string", "enum": .array(choices.map { .string($0) })]
    }
}
