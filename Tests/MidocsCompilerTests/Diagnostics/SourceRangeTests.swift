import Foundation
import Testing

@testable import MidocsCompiler

/// A range is stored compactly but reads, compares and encodes as its two locations.
struct SourceRangeTests {
    @Test func readsAndEncodesAsItsTwoLocations() throws {
        let start = MidocsCompiler.SourceLocation(file: "scopes.md", line: 12, column: 3)
        var range = SourceRange(start: start, length: 4)
        #expect(range.start == start)
        #expect(range.end == MidocsCompiler.SourceLocation(file: "scopes.md", line: 12, column: 7))
        let json = String(decoding: try TestSupport.foundationJSON(range), as: UTF8.self)
        #expect(json.contains("\"end\" : {") && json.contains("\"start\" : {") && json.contains("\"file\" : \"scopes.md\""))
        #expect(try JSONDecoder().decode(SourceRange.self, from: Data(json.utf8)) == range)

        range.end = MidocsCompiler.SourceLocation(file: "scopes.md", line: 13, column: 1)
        #expect(range.start == start && range.end.line == 13)
        #expect(range != SourceRange(start: start, length: 4))
    }
}
