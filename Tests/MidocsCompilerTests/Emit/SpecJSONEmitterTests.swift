import Foundation
import Testing

@testable import MidocsCompiler

/// spec.json and openapi.json are made from separately encoded parts, reused across
/// rebuilds; the bytes must be those of encoding each document whole.
struct SpecJSONEmitterTests {
    private func wholeEncoding(_ spec: Spec) throws -> Data {
        var data = try TestSupport.foundationJSON(spec)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    @Test func theRealSpecIsEncodedAsAWhole() throws {
        let spec = compile(try TestSupport.loadRepositoryContent()).spec
        #expect(!spec.profileFacts.facts(SignatureExample.self).isEmpty && !spec.profileFacts.facts(RedirectURIExample.self).isEmpty)
        #expect(SpecJSONEmitter.makeJSON(spec) == (try wholeEncoding(spec)))
    }

    @Test func theOpenAPIDocumentIsEncodedAsAWhole() throws {
        let spec = compile(try TestSupport.loadRepositoryContent()).spec
        let emitter = OpenAPIEmitter(spec: spec)
        var whole = try TestSupport.foundationJSON(emitter.makeDocument())
        whole.append(UInt8(ascii: "\n"))
        #expect(emitter.emit().data == whole)
    }

    @Test func emptyListsAndOddTitlesAreEncodedAsAWhole() throws {
        let spec = Spec(title: "Quotes \" and / slashes", pages: [])
        #expect(SpecJSONEmitter.makeJSON(spec) == (try wholeEncoding(spec)))
    }

    @Test func reusedPartsGiveTheBytesOfAFreshEncoding() throws {
        let content = try TestSupport.loadRepositoryContent()
        let spec = compile(content).spec
        // A spec with one operation retitled and one page gone, encoded first.
        var other = spec
        other.operations[0].title = "Something else"
        other.pages.removeFirst()
        let (_, cache) = SpecJSONEmitter.makeJSON(other, reusing: SpecJSONEmitter.Cache())
        #expect(SpecJSONEmitter.makeJSON(spec, reusing: cache).bytes.data == SpecJSONEmitter.makeJSON(spec))

        let (_, openAPICache) = OpenAPIEmitter(spec: other).emit(reusing: OpenAPIEmitter.Cache())
        #expect(OpenAPIEmitter(spec: spec).emit(reusing: openAPICache).file == OpenAPIEmitter(spec: spec).emit())

        let searchCache = SearchIndexEmitter(spec: other).emit(reusing: nil)
        #expect(SearchIndexEmitter(spec: spec).emit(reusing: searchCache).file == SearchIndexEmitter(spec: spec).emit())
    }

    @Test func theSearchIndexIsTheWholeListOfEntriesEncodedAtOnce() throws {
        let spec = compile(try TestSupport.loadRepositoryContent()).spec
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(SearchIndexEmitter(spec: spec).entries()), as: UTF8.self)
        let expected = "window.midocsSearchIndex = \(json.replacingOccurrences(of: "</", with: "<\\/"));\n"
        #expect(String(decoding: SearchIndexEmitter(spec: spec).emit().data, as: UTF8.self) == expected)
    }

    /// A `</script>` in the docs' text cannot end the script that carries the index.
    @Test func theSearchIndexGuardsEveryClosingTag() throws {
        let page = SourceFile(path: "index.md", text: "# Ends `</script>` early\n\n## Also `</b>` and `a</`\n")
        let spec = compile(
            Content(files: [page], assets: [], configuration: SiteConfiguration(), theme: Theme(templates: ["page": "{{{content}}}"], staticFiles: []))
        ).spec
        let script = String(decoding: SearchIndexEmitter(spec: spec).emit().data, as: UTF8.self)
        #expect(!script.contains("</"))
        #expect(script.contains("Ends <\\/script> early"))
        let json = String(script.dropFirst("window.midocsSearchIndex = ".count).dropLast(2))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]])
        #expect(entries.contains { $0["t"] == "Also </b> and a</" })
    }
}
