import Foundation
import Testing

@testable import MidocsCompiler

/// The committed Sources/MiAccount/Generated/ must be what the docs generate today.
struct GeneratedSwiftTests {
    @Test func committedSwiftMatchesAFreshGeneration() throws {
        let spec = compile(try TestSupport.loadRepositoryContent()).spec
        let fresh = Dictionary(try #require(makeSwiftSources(spec)).map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        let committed = try TestSupport.files(in: TestSupport.repository.appendingPathComponent("Sources/MiAccount/Generated"))
        #expect(Set(committed.keys) == Set(fresh.keys), "Sources/MiAccount/Generated is stale: run `make site`")
        for (path, data) in fresh.sorted(by: { $0.key < $1.key }) where committed[path] != data {
            Issue.record("Sources/MiAccount/Generated/\(path) is stale: run `make site` and commit it")
        }
    }

    @Test func generatesTheSameBytesTwice() throws {
        let spec = compile(try TestSupport.loadRepositoryContent()).spec
        #expect(makeSwiftSources(spec) == makeSwiftSources(spec))
    }

    @Test func writesOneFilePerOperationPlusTheShared() throws {
        let spec = compile(try TestSupport.loadRepositoryContent()).spec
        let paths = try #require(makeSwiftSources(spec)).map(\.path)
        #expect(paths.count == spec.operations.count + 3)
        #expect(paths.contains("GetUserProfile.swift"))
    }

    /// Path and body parameters, which the Mi Account docs do not have, generate the
    /// properties the runtime fills the URL and the JSON body from.
    @Test func pathAndBodyParametersGetTheirOwnLists() throws {
        var spec = compile(try TestSupport.loadRepositoryContent()).spec
        var operation = spec.operations[0]
        operation.id = "test.move-a-card"
        operation.title = "Move a card"
        operation.method = .post
        operation.url = OperationURL(scheme: "https", host: "cards.example.test", path: "/boards/{boardId}/cards")
        let location = operation.location
        operation.parameters = [
            Parameter(name: "boardId", placement: .path, isRequired: true, type: .long, typeName: "long", description: .empty, fixedValue: nil, location: location),
            Parameter(name: "title", placement: .body, isRequired: true, type: .string, typeName: "string", description: .empty, fixedValue: nil, location: location),
            Parameter(name: "position.index", placement: .body, isRequired: nil, type: .int, typeName: "int", description: .empty, fixedValue: nil, location: location),
        ]
        spec.operations = [operation]
        let source = String(decoding: try #require(makeSwiftSources(spec)?.first { $0.path == "MoveCard.swift" }).data, as: UTF8.self)
        #expect(source.contains("public var pathParameters: QueryParameters"))
        #expect(source.contains("public var bodyParameters: JSONBody"))
        #expect(source.contains("parameters.add(\"position.index\", positionIndex)"))
        // Unknown required-ness is optional in Swift: the caller may leave it out.
        #expect(source.contains("positionIndex: Int? = nil"))
    }
}
