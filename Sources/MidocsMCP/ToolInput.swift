import Foundation
import MCP

/// The arguments a tool takes: its input JSON Schema for clients, and the check of what a
/// call sends against it. A call that breaks it (an unknown or missing argument, a wrong
/// type, a string too long) is a JSON-RPC error that names the argument:
/// `argument 'id' of get_scope must be an integer, not a string`.
struct ToolInput: Sendable {
    struct Argument: Sendable {
        enum Kind: Sendable {
            case string(maximumLength: Int)
            case integer(minimum: Int, maximum: Int)
            /// A number or a name, such as an error code: `96013` or `OA_INVALID_CODE`.
            case integerOrString(maximumLength: Int)
        }

        var name: String
        var kind: Kind
        var description: String
        var isRequired = true
    }

    var arguments: [Argument] = []

    /// The JSON Schema (draft 2020-12) of the arguments object.
    var schema: Value {
        var properties: [String: Value] = [:]
        for argument in arguments {
            var property: [String: Value] = ["description": .string(argument.description)]
            switch argument.kind {
            case .string(let maximumLength):
                property["type"] = "string"
                property["maxLength"] = .int(maximumLength)
                if argument.isRequired { property["minLength"] = 1 }
            case .integer(let minimum, let maximum):
                property["type"] = "integer"
                property["minimum"] = .int(minimum)
                property["maximum"] = .int(maximum)
            case .integerOrString(let maximumLength):
                property["type"] = ["integer", "string"]
                property["maxLength"] = .int(maximumLength)
            }
            properties[argument.name] = .object(property)
        }
        return .object([
            "type": "object",
            "properties": .object(properties),
            "required": .array(arguments.filter(\.isRequired).map { .string($0.name) }),
            "additionalProperties": false,
        ])
    }

    /// The arguments of a call, checked; throws the JSON-RPC error for the first problem.
    func read(_ values: [String: Value]?, tool: String) throws -> ToolArguments {
        let values = values ?? [:]
        let known = Set(arguments.map(\.name))
        if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) {
            let takes = arguments.isEmpty ? "\(tool) takes no arguments" : "\(tool) takes " + arguments.map(\.name).joined(separator: ", ")
            throw MCPError.invalidParams("unknown argument '\(Self.shown(unknown))'; \(takes)")
        }
        var read = ToolArguments()
        for argument in arguments {
            guard let value = values[argument.name], !value.isNull else {
                if argument.isRequired { throw MCPError.invalidParams("\(tool) needs the argument '\(argument.name)'") }
                continue
            }
            let problem = { (wanted: String) in
                MCPError.invalidParams("argument '\(argument.name)' of \(tool) must be \(wanted), not \(Self.kind(of: value))")
            }
            switch argument.kind {
            case .string(let maximumLength):
                guard let text = Self.string(value) else { throw problem("a string") }
                try Self.check(text, of: argument, maximumLength: maximumLength, tool: tool)
                read.values[argument.name] = .string(text)
            case .integer(let minimum, let maximum):
                guard let number = Self.integer(value) else { throw problem("an integer") }
                guard (minimum...maximum).contains(number) else {
                    throw MCPError.invalidParams("argument '\(argument.name)' of \(tool) must be from \(minimum) to \(maximum), not \(number)")
                }
                read.values[argument.name] = .integer(number)
            case .integerOrString(let maximumLength):
                if let number = Self.integer(value) {
                    read.values[argument.name] = .integer(number)
                } else if let text = Self.string(value) {
                    try Self.check(text, of: argument, maximumLength: maximumLength, tool: tool)
                    read.values[argument.name] = .string(text)
                } else {
                    throw problem("an integer or a string")
                }
            }
        }
        return read
    }

    private static func check(_ text: String, of argument: Argument, maximumLength: Int, tool: String) throws {
        // Counted as JSON Schema counts, in characters; the bytes are counted first, as
        // they bound the characters from above and cost nothing to count.
        if text.utf8.count > maximumLength, text.count > maximumLength {
            throw MCPError.invalidParams(
                "argument '\(argument.name)' of \(tool) is \(text.count) characters long; it may have at most \(maximumLength)")
        }
        if argument.isRequired, text.isEmpty { throw MCPError.invalidParams("argument '\(argument.name)' of \(tool) is empty") }
    }

    /// A string argument; the SDK reads a string that looks like a `data:` URL as data,
    /// which is turned back into the string sent.
    private static func string(_ value: Value) -> String? {
        switch value {
        case .string(let text):
            return text
        case .data:
            return (try? JSONEncoder().encode(value)).flatMap { try? JSONDecoder().decode(String.self, from: $0) }
        default:
            return nil
        }
    }

    /// An integer, or a number without a fractional part (`2.0`), as JSON Schema counts it.
    private static func integer(_ value: Value) -> Int? {
        switch value {
        case .int(let number):
            return number
        case .double(let number) where number.rounded() == number && abs(number) < 9e15:
            return Int(number)
        default:
            return nil
        }
    }

    private static func kind(of value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .double: "a number"
        case .string, .data: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// A name as sent, cut short: an argument name can be as long as the message.
    private static func shown(_ name: String) -> String {
        name.count > 40 ? name.prefix(40) + "…" : name
    }
}
