import Foundation
import Testing

@testable import MidocsCompiler

/// Each fixture in Fixtures/Checks/ isolates one problem; expectations.txt says which code
/// it must raise and the line and column it must point at.
struct CheckFixtureTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var code: String
        var line: Int
        var column: Int

        var testDescription: String { "\(file) → \(code) at \(line):\(column)" }
    }

    static func expectations() -> [Expectation] {
        let url = TestSupport.fixtures.appendingPathComponent("Checks/expectations.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let parts = line.split(separator: " ")
            let position = parts.count == 3 ? parts[2].split(separator: ":").compactMap { Int($0) } : []
            guard position.count == 2 else { return nil }
            return Expectation(file: String(parts[0]), code: String(parts[1]), line: position[0], column: position[1])
        }
    }

    /// Compiles the fixture as the only page of a content folder.
    static func diagnostics(of fixture: String) throws -> [Diagnostic] {
        let file = try TestSupport.fixture("Checks/\(fixture)")
        let content = Content(
            files: [file], assets: [], configuration: SiteConfiguration(),
            theme: Theme(templates: ["page": "{{{content}}}"], staticFiles: []))
        return compile(content).diagnostics
    }

    @Test func everyFixtureHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.fixtures.appendingPathComponent("Checks").path)
        let expected = Set(Self.expectations().map(\.file))
        #expect(Set(files.filter { $0.hasSuffix(".md") }) == expected)
        #expect(expected.count >= 30)
    }

    @Test(arguments: expectations())
    func raisesItsCodeOnceAtTheWord(_ expectation: Expectation) throws {
        let found = try Self.diagnostics(of: expectation.file).filter { $0.code.rawValue == expectation.code }
        #expect(found.count == 1, "\(found)")
        let location = try #require(found.first?.location)
        #expect(location.line == expectation.line)
        #expect(location.column == expectation.column)
    }

    @Test func fixesTheFixableOnesToCleanPages() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["unknown-scope-api.md", "signature-mismatch.md", "redirect-uri-example.md", "unknown-example-key.md"] {
            let source = TestSupport.fixtures.appendingPathComponent("Checks/\(name)")
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(name))
            let diagnostics = try Self.diagnostics(of: name)
            #expect(diagnostics.contains { !$0.fixIts.isEmpty })
            _ = try FixApplier(contentFolder: folder).apply(diagnostics)
            let fixed = SourceFile(path: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            let content = Content(
                files: [fixed], assets: [], configuration: SiteConfiguration(),
                theme: Theme(templates: ["page": "{{{content}}}"], staticFiles: []))
            let left = compile(content).diagnostics.filter { $0.severity == .error }
            #expect(left.isEmpty, "\(name): \(left)")
        }
    }
}
