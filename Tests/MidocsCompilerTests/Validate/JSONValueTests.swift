import Foundation
import Testing

@testable import MidocsCompiler

/// Examples are read precisely enough to tell `true` from `1` and `1` from `1.5`, and whole
/// numbers written as `1.0` or `1e2` count as whole, as Codable reads them.
struct JSONValueTests {
    private func read(_ text: String) throws -> JSONValue {
        try JSONValue(parsing: text)
    }

    @Test func eachKindIsReadAsItself() throws {
        #expect(try read("true") == .bool(true))
        #expect(try read("false") == .bool(false))
        #expect(try read("1") == .integer(1))
        #expect(try read("0") == .integer(0))
        #expect(try read("-3") == .integer(-3))
        #expect(try read("1.5") == .number(1.5))
        #expect(try read("\"1\"") == .string("1"))
        #expect(try read("null") == .null)
        #expect(try read("[1, \"a\", false, {}]") == .array([.integer(1), .string("a"), .bool(false), .object([:])]))
        #expect(try read("{\"a\": {\"b\": [null]}}") == .object(["a": .object(["b": .array([.null])])]))
    }

    @Test func wholeNumbersAgreeWithCodable() throws {
        for text in ["1.0", "1e2", "-0.0", "9223372036854775807", "12345678901234567890", "1e300", "0.25"] {
            let expected: JSONValue =
                if let whole = try? JSONDecoder().decode(Int64.self, from: Data(text.utf8)) {
                    .integer(whole)
                } else {
                    .number(try JSONDecoder().decode(Double.self, from: Data(text.utf8)))
                }
            #expect(try read(text) == expected, "\(text)")
        }
    }

    @Test func badSyntaxThrows() {
        #expect(throws: (any Error).self) { try read("{\"a\": }") }
        #expect(throws: (any Error).self) { try read("") }
    }
}
