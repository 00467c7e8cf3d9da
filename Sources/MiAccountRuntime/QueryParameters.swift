import MiAccountRules

/// Named parameters in the order they were added, percent-encoded the strict way (RFC 3986:
/// only letters, digits and `-._~` stay as they are), so `&`, `=`, `+` and `/` inside a value
/// can never be misread.
public struct QueryParameters: Sendable, Hashable {
    public private(set) var items: [(name: String, value: String)] = []

    public init() {}

    public mutating func add<Value: ParameterValue>(_ name: String, _ value: Value) {
        items.append((name, value.parameterText))
    }

    /// Leaves the parameter out when the value is nil.
    public mutating func add<Value: ParameterValue>(_ name: String, _ value: Value?) {
        if let value { add(name, value) }
    }

    /// `client_id=1&redirect_uri=https%3A%2F%2Fexample.com%2Fcb`.
    public var percentEncoded: String {
        items.map { "\(Self.percentEncode($0.name))=\(Self.percentEncode($0.value))" }.joined(separator: "&")
    }

    public static func percentEncode(_ text: String) -> String {
        PercentEncoding.strict(text)
    }

    public static func == (lhs: QueryParameters, rhs: QueryParameters) -> Bool {
        lhs.items.map { [$0.name, $0.value] } == rhs.items.map { [$0.name, $0.value] }
    }

    public func hash(into hasher: inout Hasher) {
        for item in items {
            hasher.combine(item.name)
            hasher.combine(item.value)
        }
    }
}
