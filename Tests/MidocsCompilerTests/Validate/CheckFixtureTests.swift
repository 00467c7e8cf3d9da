import Foundation
import Testing

@testable import MidocsCompiler

/// Each fixture in Fixtures/Checks/ isolates one problem; expectations.txt says which code
/// it must raise and where it must point. Every code has one.
struct CheckFixtureTests {
    @Test func everyFixtureHasAnExpectation() throws {
        let entries = try FileManager.default.contentsOfDirectory(atPath: CheckFixture.folder.path)
        let fixtures = entries.compactMap { entry -> String? in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: CheckFixture.folder.appendingPathComponent(entry).path, isDirectory: &isFolder)
            return isFolder.boolValue ? entry + "/" : entry.hasSuffix(".md") ? entry : nil
        }
        #expect(Set(fixtures) == Set(CheckFixture.all().map(\.name)))
        #expect(CheckFixture.all().count >= 47)
    }

    @Test func everyCodeHasAFixture() {
        let covered = Set(CheckFixture.all().compactMap { DiagnosticCode(rawValue: $0.code) })
        let missing = DiagnosticCode.allCases.filter { !covered.contains($0) }.map(\.rawValue)
        #expect(missing.isEmpty, "no fixture in Fixtures/Checks raises \(missing.joined(separator: ", "))")
    }

    @Test(arguments: CheckFixture.all())
    func raisesItsCodeOnceAtTheWord(_ fixture: CheckFixture) throws {
        let code = try #require(DiagnosticCode(rawValue: fixture.code), "'\(fixture.code)' is not a diagnostic code")
        let found = try fixture.diagnostics().filter { $0.code == code }
        #expect(found.count == 1, "\(found)")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.severity == code.defaultSeverity)
        #expect(diagnostic.location == fixture.place)
    }

    @Test func fixesTheFixableOnesToCleanPages() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["unknown-scope-api.md", "signature-mismatch.md", "redirect-uri-example.md", "unknown-example-key.md"] {
            let source = TestSupport.fixtures.appendingPathComponent("Checks/\(name)")
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(name))
            let diagnostics = try #require(CheckFixture.all().first { $0.name == name }).diagnostics()
            #expect(diagnostics.contains { !$0.fixIts.isEmpty })
            _ = try FixApplier(contentFolder: folder).apply(diagnostics)
            let fixed = SourceFile(path: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            let content = Content(
                files: [fixed], assets: [], configuration: SiteConfiguration(profile: "mi-account"),
                theme: Theme(templates: ["page": "{{{content}}}"], staticFiles: []))
            let left = compile(content).diagnostics.filter { $0.severity == .error }
            #expect(left.isEmpty, "\(name): \(left)")
        }
    }
}
