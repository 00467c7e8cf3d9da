import Foundation
import OpenAPIKit
import Testing

@testable import MidocsCompiler

/// midocs' own JSON encoder must give Foundation's bytes, in both layouts, on the real documents and on
/// values built to reach every corner of the layout.
struct SortedJSONEncoderTests {
    private func foundation<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        Array(try TestSupport.foundationJSON(value))
    }

    @Test func theRealSpecAndOpenAPIDocumentMatchFoundation() throws {
        let spec = compile(try TestSupport.loadRepositoryContent()).spec
        #expect(try SortedJSONEncoder.encode(spec) == foundation(spec))
        let document = OpenAPIEmitter(spec: spec).makeDocument()
        #expect(try SortedJSONEncoder.encode(document) == foundation(document))
    }

    /// Keys out of order and repeated, every container shape, and the values Foundation
    /// writes its own way.
    private struct Corners: Encodable {
        enum Key: String, CodingKey { case zeta, alpha, Beta, empty, emptyObject, nested, super_, repeated }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode("quote \" backslash \\ slash / tab \t newline \n bell \u{07} unit \u{1F} é 😀", forKey: .zeta)
            try container.encode([1.0, 0.1, -0.5, 1e300, 123456789.125], forKey: .alpha)
            try container.encode([Int.min, Int.max], forKey: .Beta)
            try container.encode([String](), forKey: .empty)
            try container.encode([String: Int](), forKey: .emptyObject)
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: .nested)
            try nested.encodeNil(forKey: .zeta)
            try nested.encode(UInt64.max, forKey: .alpha)
            var list = nested.nestedUnkeyedContainer(forKey: .empty)
            try list.encode(true)
            try list.encode(URL(string: "https://example.com/a?b=c")!)
            try list.encode(Data([0, 1, 2, 250]))
            try list.encode([[String]()])
            try list.encode(Optional<Int>.none)
            try container.encode(["b": 2, "a": 1, "B": 3, "é": 4, "e": 5], forKey: .super_)
            try container.encode("first", forKey: .repeated)
            try container.encode("second", forKey: .repeated)
            // A second container on the same encoder adds to the first, as OpenAPIKit's vendor extensions do.
            var again = encoder.container(keyedBy: JSONPathKey.self)
            try again.encode(Float(2.5), forKey: JSONPathKey(stringValue: "x-extra"))
        }
    }

    @Test func cornersOfTheLayoutMatchFoundation() throws {
        #expect(try SortedJSONEncoder.encode(Corners()) == foundation(Corners()))
        #expect(try SortedJSONEncoder.encode([Corners(), Corners()]) == foundation([Corners(), Corners()]))
        #expect(try SortedJSONEncoder.encode("top / level") == foundation("top / level"))
    }

    @Test func theCompactLayoutMatchesFoundation() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try SortedJSONEncoder.encode([Corners()], layout: .compact) == Array(encoder.encode([Corners()])))
    }

    @Test func aValueLaidOutDeeperIsIndentedAfterItsFirstLine() throws {
        let text = try SortedJSONEncoder.text(["a": [1]], depth: 2)
        #expect(text == "{\n      \"a\" : [\n        1\n      ]\n    }")
    }
}
