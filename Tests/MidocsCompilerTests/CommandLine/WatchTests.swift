import Foundation
import Testing

/// `midocs watch`, run as a real process on a copy of the docs, bounded in time.
struct WatchTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)))
    func rebuildsAfterEditsLikeACleanBuild() throws {
        let content = try CommandLineTests.brokenContent("faq.md", replacing: "# FAQ", with: "# FAQ")
        let folder = content.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["watch", "--content", content.path, "--output", site.path, "--interval", "50"]
        process.currentDirectoryURL = TestSupport.repository
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            // SIGKILL: the test runner's blocked signals are inherited, so SIGTERM may never arrive.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let faq = site.appendingPathComponent("faq.html")
        #expect(TestSupport.waitUntil(seconds: 30) { FileManager.default.fileExists(atPath: faq.path) })

        // An edit is picked up.
        let page = content.appendingPathComponent("faq.md")
        try (try String(contentsOf: page, encoding: .utf8) + "\n## A new question\n\nAnswered.\n")
            .write(to: page, atomically: true, encoding: .utf8)
        #expect(TestSupport.waitUntil(seconds: 30) { (try? String(contentsOf: faq, encoding: .utf8))?.contains("id=\"a-new-question\"") == true })

        // A broken link leaves the site as it was; fixing it rebuilds.
        let index = content.appendingPathComponent("index.md")
        let original = try String(contentsOf: index, encoding: .utf8)
        try original.replacingOccurrences(of: "(faq.md)", with: "(fqa.md)").write(to: index, atomically: true, encoding: .utf8)
        Thread.sleep(forTimeInterval: 1)
        #expect((try? String(contentsOf: faq, encoding: .utf8))?.contains("id=\"a-new-question\"") == true)
        try (original + "\nOne more line.\n").write(to: index, atomically: true, encoding: .utf8)
        let home = site.appendingPathComponent("index.html")
        #expect(TestSupport.waitUntil(seconds: 30) { (try? String(contentsOf: home, encoding: .utf8))?.contains("One more line.") == true })

        // What watch wrote is what a clean build writes.
        Thread.sleep(forTimeInterval: 0.5)
        let clean = folder.appendingPathComponent("clean")
        let build = try CommandLineTests.midocs(["build", "--content", content.path, "--output", clean.path])
        #expect(build.status == 0)
        #expect(try TestSupport.files(in: site) == TestSupport.files(in: clean))
    }
}
