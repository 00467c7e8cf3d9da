import Foundation
import Testing

/// `midocs build` with releases and a previous version, on the history
/// scripts/make_release_site.sh makes (the same one `make browser-test` checks in a browser).
@Suite(.serialized, .enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)))
struct ReleaseSiteTests {
    static let folder: URL = {
        let folder = try! TestSupport.temporaryFolder()
        _ = try! TestSupport.run(
            TestSupport.repository.appendingPathComponent("scripts/make_release_site.sh").path,
            [CommandLineTests.binary.path, folder.path])
        return folder
    }()

    func site(_ path: String) throws -> String {
        try String(contentsOf: Self.folder.appendingPathComponent("site").appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theChangelogListsEachReleaseBreakingFirst() throws {
        let changelog = try site("changelog.html")
        let release = try #require(changelog.range(of: "id=\"release-2-0\""))
        let breaking = try #require(changelog.range(of: "the required parameter &#39;lang&#39; was added")
            ?? changelog.range(of: "the required parameter 'lang' was added"))
        let lowered = try #require(changelog.range(of: "the rate limit fell from 5000 requests per second to 1000"))
        #expect(release.lowerBound < breaking.lowerBound && breaking.lowerBound < lowered.lowerBound)
        #expect(changelog.contains("<a href=\"open-api.html#get-the-user-profile\">Get the user profile</a>"))
        #expect(changelog.contains("id=\"release-1-0\""))
        #expect(changelog.contains("The first release listed."))
    }

    @Test func cardsSayWhichReleaseChangedThem() throws {
        #expect(try site("open-api.html").contains("<dt>Changed in</dt><dd><a class=\"changed-in\" href=\"changelog.html#release-2-0\">2.0</a>"))
        #expect(try !site("authorization-code.html").contains("Changed in"))
    }

    @Test func movedPagesForwardAndMovedAnchorsAreMapped() throws {
        let forward = try site("token-life-cycle.html")
        #expect(forward.contains("<meta http-equiv=\"refresh\" content=\"0; url=token-lifetimes.html\">"))
        #expect(forward.contains("window.location.replace(\"token-lifetimes.html\" + window.location.hash)"))
        let map = try #require(try JSONSerialization.jsonObject(with: Data(site("redirects.json").utf8)) as? [String: String])
        #expect(map["faq.html#why-do-open-api-calls-need-a-mac-signature"] == "faq.html#why-must-open-api-calls-be-signed")
        #expect(map["token-life-cycle.html#mac-key"] == "token-lifetimes.html#mac-key")
    }

    @Test func aGoneAnchorWithoutARedirectStopsTheBuild() throws {
        let repo = Self.folder.appendingPathComponent("repo")
        let output = Self.folder.appendingPathComponent("unchanged")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "keep".write(to: output.appendingPathComponent("marker"), atomically: true, encoding: .utf8)
        let configuration = repo.appendingPathComponent("content/site.yml")
        let original = try String(contentsOf: configuration, encoding: .utf8)
        defer { try? original.write(to: configuration, atomically: true, encoding: .utf8) }
        try original.replacingOccurrences(of: "  \"faq.html#why-do-open-api-calls-need-a-mac-signature\": \"faq.html#why-must-open-api-calls-be-signed\"\n", with: "")
            .write(to: configuration, atomically: true, encoding: .utf8)
        let run = try CommandLineTests.midocs(["build", "--content", "content", "--templates", "templates", "--output", output.path], in: repo)
        #expect(run.status == 1)
        #expect(run.errors.contains("faq.md:5:1 (at v2.0): error: faq.html#why-do-open-api-calls-need-a-mac-signature was published and is gone"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["marker"])
        let missing = try CommandLineTests.midocs(
            ["build", "--content", "content", "--templates", "templates", "--output", output.path, "--previous", "v9"], in: repo)
        #expect(missing.status == 2)
    }
}
