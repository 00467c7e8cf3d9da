import Foundation

/// The parameters a request sends as a JSON object, named as the docs name them: a name with
/// dots (`address.city`) is a key inside an object (`{"address": {"city": ...}}`).
public struct JSONBody: Sendable, Hashable {
    public private(set) var items: [(name: String, value: JSONValue)] = []

    public init() {}

    public var isEmpty: Bool { items.isEmpty }

    public mutating func add<Value: ParameterValue>(_ name: String, _ value: Value) {
        items.append((name, Self.jsonValue(value)))
    }

    /// Leaves the parameter out when the value is nil.
    public mutating func add<Value: ParameterValue>(_ name: String, _ value: Value?) {
        if let value { add(name, value) }
    }

    /// The object, nested by the names' dots, as JSON bytes.
    public func encoded() throws -> Data {
        var root: [String: JSONValue] = [:]
        for item in items { Self.insert(item.value, at: item.name.split(separator: ".").map(String.init), into: &root) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(JSONValue.object(root))
    }

    private static func insert(_ value: JSONValue, at path: [String], into object: inout [String: JSONValue]) {
        guard let key = path.first else { return }
        if path.count == 1 {
            object[key] = value
            return
        }
        var inner: [String: JSONValue] = [:]
        if case .object(let existing)? = object[key] { inner = existing }
        insert(value, at: Array(path.dropFirst()), into: &inner)
        object[key] = .object(inner)
    }

    /// Numbers and booleans keep their JSON kind; everything else is its parameter text.
    private static func jsonValue<Value: ParameterValue>(_ value: Value) -> JSONValue {
        switch value {
        case let value as JSONValue: return value
        case let value as Bool: return .bool(value)
        case let value as Int: return .number(Double(value))
        case let value as Int64: return .number(Double(value))
        case let value as Double: return .number(value)
        default: return .string(value.parameterText)
        }
    }

    public static func == (lhs: JSONBody, rhs: JSONBody) -> Bool {
        lhs.items.map(\.name) == rhs.items.map(\.name) && lhs.items.map(\.value) == rhs.items.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        for item in items {
            hasher.combine(item.name)
            hasher.combine(item.value)
        }
    }
}
