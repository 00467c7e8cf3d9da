import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `midocs serve`, run as a real process on loopback, read with URLSession and curl,
/// bounded in time.
struct ServeTests {
    private func text(of file: URL) -> String {
        (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    private func get(_ url: URL) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)), .timeLimit(.minutes(2)))
    func servesPagesAndStreamsReloadsAndErrors() async throws {
        let content = try CommandLineTests.brokenContent("faq.md", replacing: "# FAQ", with: "# FAQ")
        let folder = content.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let log = folder.appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let server = Process()
        server.executableURL = CommandLineTests.binary
        server.arguments = ["serve", "--content", content.path, "--output", site.path, "--port", "0", "--interval", "50"]
        server.currentDirectoryURL = TestSupport.repository
        server.standardError = try FileHandle(forWritingTo: log)
        try server.run()
        let events = folder.appendingPathComponent("events.txt")
        _ = FileManager.default.createFile(atPath: events.path, contents: nil)
        let client = Process()
        defer {
            // SIGKILL: the test runner's blocked signals are inherited, so SIGTERM may never arrive.
            for process in [server, client] where process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            }
        }

        // The port is chosen by the system and printed once the server listens.
        #expect(TestSupport.waitUntil(seconds: 60) { text(of: log).contains("at http://127.0.0.1:") })
        let address = try #require(text(of: log).split(separator: " ").last { $0.hasPrefix("http://127.0.0.1:") })
        let base = try #require(URL(string: address.trimmingCharacters(in: .whitespacesAndNewlines)))

        // Pages are served with the reload script; the site on disk has none of it.
        let (status, home) = try await get(base)
        #expect(status == 200)
        #expect(home.contains("new EventSource(\"/_midocs/events\")"))
        #expect(!text(of: site.appendingPathComponent("index.html")).contains("EventSource"))
        let (cssStatus, css) = try await get(base.appendingPathComponent("static/site.css"))
        #expect(cssStatus == 200 && !css.contains("EventSource"))
        #expect(try await get(base.appendingPathComponent("missing.html")).0 == 404)

        // The event stream, read by curl while the docs are edited.
        client.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        client.arguments = ["curl", "-sN", "--max-time", "90", base.appendingPathComponent("_midocs/events").absoluteString]
        client.standardOutput = try FileHandle(forWritingTo: events)
        try client.run()
        #expect(TestSupport.waitUntil(seconds: 20) { text(of: events).contains("event: hello") })

        let faq = content.appendingPathComponent("faq.md")
        try (text(of: faq) + "\n## Served question\n\nAnswered.\n").write(to: faq, atomically: true, encoding: .utf8)
        #expect(TestSupport.waitUntil(seconds: 30) { text(of: events).contains("event: reload") })
        #expect(try await get(base.appendingPathComponent("faq.html")).1.contains("id=\"served-question\""))

        let index = content.appendingPathComponent("index.md")
        let original = text(of: index)
        try original.replacingOccurrences(of: "(faq.md)", with: "(fqa.md)").write(to: index, atomically: true, encoding: .utf8)
        #expect(TestSupport.waitUntil(seconds: 30) { text(of: events).contains("event: errors") })
        #expect(text(of: events).contains("no page 'fqa'"))

        try original.write(to: index, atomically: true, encoding: .utf8)
        #expect(TestSupport.waitUntil(seconds: 30) { text(of: events).components(separatedBy: "event: reload").count == 3 })
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)), .timeLimit(.minutes(2)))
    func saysWhenThePortIsTaken() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("first.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let first = Process()
        first.executableURL = CommandLineTests.binary
        first.arguments = ["serve", "--output", folder.appendingPathComponent("site").path, "--port", "0"]
        first.currentDirectoryURL = TestSupport.repository
        first.standardError = try FileHandle(forWritingTo: log)
        try first.run()
        defer {
            kill(first.processIdentifier, SIGKILL)
            first.waitUntilExit()
        }
        #expect(TestSupport.waitUntil(seconds: 60) { text(of: log).contains("at http://127.0.0.1:") })
        let port = try #require(text(of: log).split(separator: ":").last?.split(separator: "/").first)

        let second = try CommandLineTests.midocs(["serve", "--output", folder.appendingPathComponent("other").path, "--port", String(port)])
        #expect(second.status == 2)
        #expect(second.errors.contains("cannot serve on 127.0.0.1:\(port)"))
        #expect(second.errors.contains("Address already in use"))
    }
}
