import Foundation
import OpenAPIKit

extension Example {
    /// The example as the JSON value it shows: `&&&START&&&{"error": 96013}` with the body
    /// prefix `&&&START&&&` is the object `{"error": 96013}`. Nil when the rest is not JSON.
    func makeJSONValue(removingPrefix prefix: String?) -> AnyCodable? {
        var body = text.trimmingWhitespace()
        if let prefix, body.hasPrefix(prefix) { body = String(body.dropFirst(prefix.count)) }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(body.utf8)) else { return nil }
        return Self.makeAnyCodable(value)
    }

    /// The example's text as one line, such as a redirect URL.
    var trimmedText: String { text.trimmingWhitespace() }

    /// Read through `JSONValue`, as the example checks read it, so the value is the one they
    /// checked; nested values stay `AnyCodable`, which OpenAPIKit encodes.
    private static func makeAnyCodable(_ value: JSONValue) -> AnyCodable {
        switch value {
        case .null: return AnyCodable(String?.none)
        case .bool(let bool): return AnyCodable(bool)
        case .integer(let integer): return AnyCodable(integer)
        case .number(let number): return AnyCodable(number)
        case .string(let string): return AnyCodable(string)
        case .array(let values): return AnyCodable(values.map(makeAnyCodable))
        case .object(let members): return AnyCodable(members.mapValues(makeAnyCodable))
        }
    }
}
