import Foundation
import OpenAPIKit

extension Example {
    /// The example as the JSON value it shows: `&&&START&&&{"error": 96013}` with the body
    /// prefix `&&&START&&&` is the object `{"error": 96013}`. Nil when the rest is not JSON.
    func makeJSONValue(removingPrefix prefix: String?) -> AnyCodable? {
        var body = text.trimmingWhitespace()
        if let prefix, body.hasPrefix(prefix) { body = String(body.dropFirst(prefix.count)) }
        guard let value = try? JSONValue(parsing: body) else { return nil }
        return AnyCodable(value)
    }

    /// The example's text as one line, such as a redirect URL.
    var trimmedText: String { text.trimmingWhitespace() }
}
