import Foundation
import Testing

/// The README lists every diagnostic code the compiler can emit.
struct DocumentationTests {
    @Test func readmeListsEveryDiagnosticCode() throws {
        let readme = try String(contentsOf: TestSupport.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let sources = TestSupport.repository.appendingPathComponent("Sources/MidocsCompiler")
        var codes = Set<String>()
        let pattern = try Regex(#"(?:code: |fileProblem\(|return \()"([a-z0-9]+(?:-[a-z0-9]+)+)""#)
        for (path, data) in try TestSupport.files(in: sources) where path.hasSuffix(".swift") {
            for match in String(decoding: data, as: UTF8.self).matches(of: pattern) {
                if let code = match.output[1].substring { codes.insert(String(code)) }
            }
        }
        #expect(codes.count > 40)
        for code in codes.sorted() {
            #expect(readme.contains("| `\(code)` |"), "README.md does not list the diagnostic '\(code)'")
        }
    }
}
