import Foundation
import Testing

@testable import MidocsCompiler

/// One line of Fixtures/Checks/expectations.txt: a fixture, the code it isolates and where
/// that diagnostic must point.
///
///     unknown-scope.md unknown-scope 20:13
///     invalid-configuration/ invalid-configuration site.yml:5:1
///     missing-template/ missing-template -
struct CheckFixture: CustomTestStringConvertible, Sendable {
    /// `unknown-scope.md`, a page; or `invalid-template/`, a folder with content/ and
    /// perhaps templates/.
    var name: String
    var code: String
    /// Nil when the diagnostic points at no file.
    var place: MidocsCompiler.SourceLocation?

    var isFolder: Bool { name.hasSuffix("/") }

    var testDescription: String {
        "\(name) → \(code) at " + (place.map { "\($0.file):\($0.line):\($0.column)" } ?? "no place")
    }

    static let folder = TestSupport.fixtures.appendingPathComponent("Checks")

    static func all() -> [CheckFixture] {
        let text = (try? String(contentsOf: folder.appendingPathComponent("expectations.txt"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line -> CheckFixture? in
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count == 3 else { return nil }
            let fixture = CheckFixture(name: parts[0], code: parts[1], place: nil)
            guard parts[2] != "-" else { return fixture }
            var fields = parts[2].split(separator: ":").map(String.init)
            // A page's place has no file: it is the page itself.
            if fields.count == 2 { fields.insert(parts[0], at: 0) }
            guard fields.count == 3, let line = Int(fields[1]), let column = Int(fields[2]) else { return nil }
            let place = MidocsCompiler.SourceLocation(file: fields[0], line: line, column: column)
            return CheckFixture(name: fixture.name, code: fixture.code, place: place)
        }
    }

    /// Compiles a page as the only one of a content folder, or loads a folder from disk as
    /// `midocs build` does and compiles it.
    func diagnostics() throws -> [Diagnostic] {
        guard isFolder else {
            let content = Content(
                files: [try TestSupport.fixture("Checks/\(name)")], assets: [], configuration: SiteConfiguration(profile: "mi-account"),
                theme: Theme(templates: ["page": "{{{content}}}"], staticFiles: []))
            return compile(content).diagnostics
        }
        // A copy, so that what `prepare` makes never lands in the repository.
        let copy = try TestSupport.temporaryFolder().appendingPathComponent(name)
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(name), to: copy)
        let content = copy.appendingPathComponent("content")
        try prepare(content)
        var templates = copy.appendingPathComponent("templates")
        if !FileManager.default.fileExists(atPath: templates.path) {
            templates = TestSupport.repository.appendingPathComponent("templates")
        }
        return compile(try ContentLoader(contentFolder: content, templatesFolder: templates).load()).diagnostics
    }

    /// Makes what git cannot hold: a FIFO, a file nobody may read, and two names that differ
    /// only in case (a case-insensitive disk keeps one of them).
    private func prepare(_ content: URL) throws {
        switch name {
        case "not-a-regular-file/":
            #expect(mkfifo(content.appendingPathComponent("updates.md").path, 0o644) == 0)
        case "unreadable-file/":
            let draft = content.appendingPathComponent("draft.md").path
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: draft)
            if FileManager.default.isReadableFile(atPath: draft) {
                try Test.cancel("this process reads files whatever their permissions (it runs as root)")
            }
        case "duplicate-slug/":
            try Data("# Frequently asked questions\n".utf8).write(to: content.appendingPathComponent("FAQ.md"))
        default:
            break
        }
    }
}
