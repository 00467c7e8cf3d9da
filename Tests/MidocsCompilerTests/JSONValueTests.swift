import Foundation
import Testing

@testable import MidocsCompiler

/// Examples are read precisely enough to tell `true` from `1` and `1` from `1.5`, whatever
/// order the kinds are tried in.
struct JSONValueTests {
    private func read(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    @Test func eachKindIsReadAsItself() throws {
        #expect(try read("true") == .bool(true))
        #expect(try read("1") == .integer(1))
        #expect(try read("1.5") == .number(1.5))
        #expect(try read("\"1\"") == .string("1"))
        #expect(try read("null") == .null)
        #expect(try read("[1, \"a\", false, {}]") == .array([.integer(1), .string("a"), .bool(false), .object([:])]))
        #expect(try read("{\"a\": {\"b\": [null]}}") == .object(["a": .object(["b": .array([.null])])]))
    }
}
