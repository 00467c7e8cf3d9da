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
}
