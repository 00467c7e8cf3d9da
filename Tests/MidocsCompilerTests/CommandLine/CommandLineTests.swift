import Foundation
import Testing

/// Runs the real `midocs` binary, built by `swift build` (which `make test` runs first).
struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The midocs built beside this test runner (so a build folder given with
    /// `--scratch-path` tests its own binary), else the one in .build.
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("midocs")
        return FileManager.default.isExecutableFile(atPath: beside.path)
            ? beside : TestSupport.repository.appendingPathComponent(".build/debug/midocs")
    }()

    static func midocs(_ arguments: [String], in folder: URL = TestSupport.repository) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    /// A copy of the real content/ with one line changed, in a temporary folder.
    static func brokenContent(_ file: String, replacing old: String, with new: String) throws -> URL {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestSupport.repository.appendingPathComponent("content"), to: folder)
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "the content no longer has '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        return folder
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func checksTheRealContentCleanUnderStrict() throws {
        let run = try Self.midocs(["check", "--strict"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func reportsAnErrorLikeACompilerAndExitsWithOne() throws {
        let content = try Self.brokenContent("open-api.md", replacing: "**Scopes:** 3", with: "**Scopes:** 5")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try Self.midocs(["check", "--content", content.path])
        #expect(run.status == 1)
        let lines = run.errors.split(separator: "\n").map(String.init)
        let first = try #require(lines.first)
        #expect(first.hasPrefix("\(content.path)/open-api.md:"))
        #expect(first.hasSuffix("error: unknown scope '5'; the scope table has 1, 2, 3, 4, 6, 1000, 2000, 6000, ... [unknown-scope]"))
        #expect(lines[1].hasSuffix("| **Scopes:** 5"))
        #expect(lines[2].hasSuffix("|             ^"))
        #expect(lines[3].contains("scope-list.md:") && lines[3].hasSuffix("note: the scope table is here"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func printsJSONAndSARIF() throws {
        let content = try Self.brokenContent("scope-list.md", replacing: "`/user/openidV2`", with: "`/user/openIdV2`")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let json = try Self.midocs(["check", "--content", content.path, "--format", "json"])
        #expect(json.status == 1)
        let diagnostics = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0]["code"] as? String == "unknown-scope-api")
        let fixIts = try #require(diagnostics[0]["fixIts"] as? [[String: Any]])
        #expect(fixIts.first?["replacement"] as? String == "/user/openidV2")

        let sarif = try Self.midocs(["check", "--content", content.path, "--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.output.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["unknown-scope-api"])
        #expect(results[0]["fixes"] != nil)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func changesSeverityByCode() throws {
        let content = try Self.brokenContent("open-api.md", replacing: "**Scopes:** 3", with: "**Scopes:** 1")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        // Scope 3 is now unused: a warning, so plain check passes and --strict fails.
        #expect(try Self.midocs(["check", "--content", content.path]).status == 0)
        #expect(try Self.midocs(["check", "--content", content.path, "--strict"]).status == 1)
        #expect(try Self.midocs(["check", "--content", content.path, "--error", "unused-scope"]).status == 1)
        #expect(try Self.midocs(["check", "--content", content.path, "--strict", "--ignore", "unused-scope"]).status == 0)

        let configuration = content.appendingPathComponent("site.yml")
        let text = try String(contentsOf: configuration, encoding: .utf8)
        try (text + "diagnostics:\n  error: [unused-scope]\n").write(to: configuration, atomically: true, encoding: .utf8)
        #expect(try Self.midocs(["check", "--content", content.path]).status == 1)
        #expect(try Self.midocs(["check", "--content", content.path, "--warning", "unused-scope"]).status == 0)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func fixesWhatItIsCertainOf() throws {
        let content = try Self.brokenContent(
            "mac-signature-verification.md", replacing: "`vLXZ8fqoGPik4yqDj2XP2Mbd+is=` |", with: "`vLXZ8fqoGPik4yqDj2XP2Mbd+iX=` |")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        #expect(try Self.midocs(["check", "--content", content.path]).status == 1)
        let fix = try Self.midocs(["check", "--content", content.path, "--fix"])
        #expect(fix.status == 0, "\(fix.errors)")
        #expect(fix.errors.contains("'vLXZ8fqoGPik4yqDj2XP2Mbd+iX=' → 'vLXZ8fqoGPik4yqDj2XP2Mbd+is='"))
        let fixed = try Data(contentsOf: content.appendingPathComponent("mac-signature-verification.md"))
        let original = try Data(contentsOf: TestSupport.repository.appendingPathComponent("content/mac-signature-verification.md"))
        #expect(fixed == original)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func leavesTheOldSiteWholeWhenTheDocsHaveErrors() throws {
        let content = try Self.brokenContent("index.md", replacing: "(faq.md)", with: "(fqa.md)")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let site = content.deletingLastPathComponent().appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: site.appendingPathComponent("index.html"))
        let run = try Self.midocs(["build", "--content", content.path, "--output", site.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("no page 'fqa'; did you mean 'faq.md'? [broken-link]"))
        #expect(try TestSupport.files(in: site) == ["index.html": Data("old".utf8)])
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.deletingLastPathComponent().path)
        #expect(siblings.sorted() == ["content", "site"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func exitsWithTwoWhenItCannotRun() throws {
        #expect(try Self.midocs(["check", "--content", "/nonexistent/content"]).status == 2)
        #expect(try Self.midocs(["check", "--no-such-flag"]).status == 2)
        #expect(try Self.midocs(["build", "--output", "content"]).status == 2)
        #expect(try Self.midocs(["--help"]).status == 0)
    }
}
