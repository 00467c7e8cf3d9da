import Foundation
import Testing

@testable import MidocsCompiler

/// README.md's diagnostics table says what `DiagnosticCode` says: every code, its default
/// severity and its summary.
struct DiagnosticCodeTests {
    /// One row of the table: `` | `unknown-scope` | error | a scope id that ... | `**Scopes:** 5` ... | ``.
    struct Row {
        var code: String
        var severity: String
        var summary: String
    }

    /// The rows of the table under "## Diagnostics", by code.
    static func readmeRows() throws -> [String: Row] {
        let readme = try String(contentsOf: TestSupport.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = readme.components(separatedBy: "\n## Diagnostics\n").dropFirst().first?
            .components(separatedBy: "\n## ").first ?? ""
        var rows: [String: Row] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            // A cell may hold an escaped pipe: `Part \| Value`.
            let cells = line.replacingOccurrences(of: "\\|", with: "\u{0}").split(separator: "|")
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{0}", with: "|") }
            guard cells.count == 4 else {
                Issue.record("README.md: a diagnostics row needs code, severity, finds and an example: \(line)")
                continue
            }
            let code = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            #expect(rows[code] == nil, "README.md lists '\(code)' twice")
            rows[code] = Row(code: code, severity: cells[1], summary: cells[2])
        }
        return rows
    }

    @Test func readmeListsEveryCodeAndNoOther() throws {
        let listed = Set(try Self.readmeRows().keys)
        let codes = Set(DiagnosticCode.allCases.map(\.rawValue))
        #expect(codes.subtracting(listed).isEmpty, "README.md does not list \(codes.subtracting(listed).sorted())")
        #expect(listed.subtracting(codes).isEmpty, "README.md lists codes DiagnosticCode lacks: \(listed.subtracting(codes).sorted())")
    }

    @Test(arguments: DiagnosticCode.allCases)
    func readmeGivesTheSeverityAndSummary(_ code: DiagnosticCode) throws {
        let row = try #require(try Self.readmeRows()[code.rawValue], "README.md does not list '\(code)'")
        #expect(row.severity == code.defaultSeverity.rawValue)
        #expect(row.summary == code.summary)
    }

    @Test func encodesAsItsKebabCaseName() throws {
        let diagnostic = Diagnostic(.error, code: .unknownScopeAPI, message: "m", range: nil)
        let json = String(decoding: try JSONEncoder().encode(diagnostic), as: UTF8.self)
        #expect(json.contains(#""code":"unknown-scope-api""#))
        #expect("[\(diagnostic.code)]" == "[unknown-scope-api]")
        #expect(try JSONDecoder().decode(Diagnostic.self, from: Data(json.utf8)) == diagnostic)
    }
}
