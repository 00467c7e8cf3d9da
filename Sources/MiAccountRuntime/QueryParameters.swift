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
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(UnicodeScalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                result += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0x0F)])"
            }
        }
        return result
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
