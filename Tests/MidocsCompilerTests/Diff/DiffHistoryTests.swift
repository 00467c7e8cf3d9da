import Foundation
import Testing

/// `midocs diff` on a real history: a temporary git repository holds a copy of the project's
/// content, and each commit makes one kind of change; each diff of a commit against the one
/// before must list it, at its level and place, and exit as `--fail-on` says.
@Suite(.serialized, .enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)))
struct DiffHistoryTests {
    /// One scripted commit: the edit, and what its diff must contain.
    struct Step: Sendable, CustomStringConvertible {
        var name: String
        var file: String
        var old: String
        var new: String
        /// The kind, level and file of the change it must report.
        var kind: String
        var level: String
        var exitStatus: Int32
        var description: String { name }
    }

    static let steps: [Step] = [
        Step(
            name: "required parameter added", file: "open-api.md",
            old: "| `token` | query | string | yes | The user's access token. |\n",
            new: "| `token` | query | string | yes | The user's access token. |\n| `lang` | query | string | yes | The language of the answer. |\n",
            kind: "parameter-added-required", level: "breaking", exitStatus: 1),
        Step(
            name: "parameter type changed", file: "open-api.md", old: "| `clientId` | query | long | yes |",
            new: "| `clientId` | query | string | yes |", kind: "parameter-type-changed", level: "breaking", exitStatus: 1),
        Step(
            name: "response field removed", file: "open-api.md",
            old: "| `data.miliaoIcon` | string | yes | URL of the user's avatar; the picture is offered in several sizes. |\n",
            new: "", kind: "response-field-removed", level: "breaking", exitStatus: 1),
        Step(
            name: "delivery changed", file: "implicit.md", old: "### Success: redirect with fragment",
            new: "### Success: redirect with query", kind: "delivery-changed", level: "breaking", exitStatus: 1),
        Step(
            name: "scope added to an operation", file: "open-api.md", old: "**Scopes:** 1\n", new: "**Scopes:** 1, 3\n",
            kind: "operation-scope-added", level: "breaking", exitStatus: 1),
        Step(
            name: "error code meaning changed", file: "error-code.md", old: "| 96013 | `OA_INVALID_CODE` |",
            new: "| 96013 | `OA_CODE_EXPIRED` |", kind: "error-code-meaning-changed", level: "breaking", exitStatus: 1),
        Step(
            name: "body prefix changed", file: "refresh-access-token.md", old: "&&&START&&&", new: "&&&BEGIN&&&",
            kind: "body-prefix-changed", level: "breaking", exitStatus: 1),
        Step(
            name: "MAC worked example changed", file: "mac-signature-verification.md", old: "vLXZ8fqoGPik4yqDj2XP2Mbd+is=",
            new: "vLXZ8fqoGPik4yqDj2XP2Mbd+iX=", kind: "signature-example-changed", level: "breaking", exitStatus: 1),
        Step(
            name: "rate limit lowered", file: "refresh-access-token.md", old: "**Rate limit:** 5000 requests per second",
            new: "**Rate limit:** 1000 requests per second", kind: "rate-limit-lowered", level: "warning", exitStatus: 0),
        Step(
            name: "error code added", file: "error-code.md", old: "| 96013 | `OA_CODE_EXPIRED` |",
            new: "| 96014 | `OA_SLOW_DOWN` | Too many requests; wait and retry. |\n| 96013 | `OA_CODE_EXPIRED` |",
            kind: "error-code-added", level: "info", exitStatus: 0),
    ]

    /// A repository whose first commit is the project's content, then one commit per step.
    final class History: @unchecked Sendable {
        let folder: URL
        private(set) var commits: [String] = []

        init() throws {
            folder = try TestSupport.temporaryFolder()
            for part in ["content", "templates"] {
                try FileManager.default.copyItem(
                    at: TestSupport.repository.appendingPathComponent(part), to: folder.appendingPathComponent(part))
            }
            try git("init", "-q")
            try commit("the docs as they are")
        }

        func git(_ arguments: String...) throws {
            _ = try TestSupport.run("git", ["-C", folder.path, "-c", "user.name=midocs", "-c", "user.email=midocs@example.com"] + arguments)
        }

        func commit(_ message: String) throws {
            try git("add", "-A")
            try git("commit", "-q", "--allow-empty", "-m", message)
            commits.append(message)
        }

        func apply(_ step: Step) throws {
            let url = folder.appendingPathComponent("content").appendingPathComponent(step.file)
            let text = try String(contentsOf: url, encoding: .utf8)
            guard let range = text.range(of: step.old) else { throw TestSupport.ToolFailure(description: "\(step.file) has no '\(step.old)'") }
            try text.replacingCharacters(in: range, with: step.new).write(to: url, atomically: true, encoding: .utf8)
            try commit(step.name)
        }

        func diff(_ arguments: [String]) throws -> CommandLineTests.Run {
            try CommandLineTests.midocs(["diff"] + arguments + ["--content", "content", "--templates", "templates"], in: folder)
        }
    }

    static let history: History = {
        let history = try! History()
        for step in steps { try! history.apply(step) }
        return history
    }()

    @Test(arguments: steps.enumerated().map { ($0.offset, $0.element) })
    func eachCommitReportsItsChange(_ index: Int, _ step: Step) throws {
        let back = Self.steps.count - index
        let run = try Self.history.diff(["HEAD~\(back)", "HEAD~\(back - 1)", "--format", "json"])
        #expect(run.status == step.exitStatus, "\(step.name): \(run.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let changes = try #require(document["changes"] as? [[String: Any]])
        let match = changes.first { $0["kind"] as? String == step.kind }
        #expect(match?["level"] as? String == step.level, "\(step.name): \(changes.map { $0["id"] ?? "" })")
        let file = (match?["location"] as? [String: Any])?["file"] as? String
        #expect(file == "content/" + step.file, "\(step.name) points at \(file ?? "nothing")")
    }

    @Test func failOnWarningCountsTheLoweredRateLimit() throws {
        let index = try #require(Self.steps.firstIndex { $0.kind == "rate-limit-lowered" })
        let back = Self.steps.count - index
        #expect(try Self.history.diff(["HEAD~\(back)", "HEAD~\(back - 1)", "--fail-on", "warning"]).status == 1)
        #expect(try Self.history.diff(["HEAD~\(back)", "HEAD~\(back - 1)", "--fail-on", "none"]).status == 0)
    }

    @Test func anAcceptedChangeNoLongerFails() throws {
        let ignore = Self.history.folder.appendingPathComponent("accepted")
        try "parameter-added-required:open-api.get-the-user-profile:lang  # announced in the 2.0 release notes\n"
            .write(to: ignore, atomically: true, encoding: .utf8)
        let back = Self.steps.count
        let run = try Self.history.diff(["HEAD~\(back)", "HEAD~\(back - 1)", "--ignore-file", ignore.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("(accepted: announced in the 2.0 release notes)"))
        try "parameter-added-required:open-api.get-the-user-profile:lang\n".write(to: ignore, atomically: true, encoding: .utf8)
        #expect(try Self.history.diff(["HEAD~\(back)", "HEAD~\(back - 1)", "--ignore-file", ignore.path]).status == 2)
    }

    /// The whole history at once, as release notes and as JSON: reviewed golden files.
    @Test func theWholeHistoryAsReleaseNotesAndJSON() throws {
        let base = "HEAD~\(Self.steps.count)"
        let markdown = try Self.history.diff([base, "HEAD", "--format", "markdown"])
        #expect(markdown.status == 1)
        try Golden.check(Data(markdown.output.utf8), against: "Diff/history.md")
        let json = try Self.history.diff([base, "HEAD", "--format", "json"])
        try Golden.check(Data(json.output.utf8), against: "Diff/history.json")
        let sarif = try Self.history.diff([base, "HEAD", "--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.output.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
    }

    @Test func aFolderAndASpecJSONAreSidesToo() throws {
        let built = try TestSupport.temporaryFolder().appendingPathComponent("site")
        let build = try CommandLineTests.midocs(["build", "--content", "content", "--output", built.path])
        #expect(build.status == 0, "\(build.errors)")
        let run = try CommandLineTests.midocs(["diff", built.appendingPathComponent("spec.json").path, "content"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasSuffix("no API changes\n0 breaking, 0 warnings, 0 info\n"))
    }

    @Test(arguments: ["no-such-revision", "templates", "garbage.json"])
    func badInputIsExitStatusTwoWithNothingWritten(_ side: String) throws {
        try "{ not json".write(to: Self.history.folder.appendingPathComponent("garbage.json"), atomically: true, encoding: .utf8)
        let run = try Self.history.diff([side])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("midocs: error:"))
    }
}
