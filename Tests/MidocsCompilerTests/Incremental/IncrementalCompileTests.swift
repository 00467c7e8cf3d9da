import Foundation
import Testing

@testable import MidocsCompiler

/// Rebuilding with the incremental compiler gives what a clean build gives, after
/// every edit of a scripted series on a copy of the real docs, and redoes only what the edit
/// touched.
struct IncrementalCompileTests {
    /// A copy of content/ and templates/ to edit, with an incremental compiler over it.
    final class Session {
        let content: URL
        let loader: ContentLoader
        var loadCache = LoadCache()
        var compiler = IncrementalCompiler()
        /// The files edited since the last rebuild, as a file watcher would report them.
        var changed: Set<String> = []

        private let folder: URL

        init() throws {
            folder = try TestSupport.temporaryFolder()
            content = folder.appendingPathComponent("content")
            let templates = folder.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: TestSupport.repository.appendingPathComponent("content"), to: content)
            try FileManager.default.copyItem(at: TestSupport.repository.appendingPathComponent("templates"), to: templates)
            loader = ContentLoader(contentFolder: content, templatesFolder: templates)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func edit(_ file: String, replacing old: String, with new: String) throws {
            let url = content.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(file) no longer has '\(old)'")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
            changed.insert(url.path)
        }

        func write(_ file: String, _ text: String) throws {
            try text.write(to: content.appendingPathComponent(file), atomically: true, encoding: .utf8)
            changed.insert(content.appendingPathComponent(file).path)
        }

        /// Rebuilds incrementally and cleanly, checks that both agree, and returns the
        /// incremental one.
        func rebuild() throws -> Rebuild {
            // Told what changed, the loader reads those files alone.
            let (loaded, newLoadCache) = try loader.load(reusing: loadCache, changed: changed)
            loadCache = newLoadCache
            changed = []
            let rebuild = compiler.compile(loaded)
            let incremental = rebuild.compilation
            let clean = compile(try loader.load())
            let cleanOutputs = clean.outputs.sorted { $0.path < $1.path }
            let incrementalOutputs = incremental.outputs.sorted { $0.path < $1.path }
            #expect(incremental.diagnostics == clean.diagnostics)
            #expect(incremental.spec == clean.spec)
            #expect(incrementalOutputs.map(\.path) == cleanOutputs.map(\.path))
            for (mine, theirs) in zip(incrementalOutputs, cleanOutputs) where mine.data != theirs.data {
                Issue.record("\(mine.path) differs from a clean build's")
            }
            return rebuild
        }
    }

    @Test func rebuildsAfterAScriptedSeriesOfEditsLikeACleanBuild() throws {
        let session = try Session()
        let first = try session.rebuild()
        #expect(first.work.parsed == first.work.pages && first.work.rendered == first.work.pages)
        #expect(first.diagnostics.isEmpty)

        // Nothing changed: nothing is parsed or rendered again, and nothing needs writing.
        let idle = try session.rebuild()
        #expect(idle.work.parsed == 0 && idle.work.rendered == 0 && !idle.work.modelChanged)
        #expect(idle.changedOutputs?.contains { $0.hasSuffix(".html") || $0.hasSuffix(".json") } == false)

        // Prose at the end of a page: that page alone.
        try session.write("faq.md", try String(contentsOf: session.content.appendingPathComponent("faq.md"), encoding: .utf8) + "\nOne more answer.\n")
        let prose = try session.rebuild()
        #expect(prose.work.parsed == 1 && prose.work.rendered == 1 && !prose.work.modelChanged)

        // Prose within a line keeps the model: only that page is checked and rendered, and
        // a mistake in the prose is still found.
        try session.edit("faq.md", replacing: "rather than bearer tokens.", with: "rather than bearer tokens ([see](nowhere.md)).")
        let inline = try session.rebuild()
        #expect(inline.work.parsed == 1 && inline.outputs.isEmpty)
        #expect(inline.diagnostics.map(\.code) == [.brokenLink])
        try session.edit("faq.md", replacing: " ([see](nowhere.md))", with: "")
        // The page is back to what was rendered before the mistake: nothing to render.
        let fixed = try session.rebuild()
        #expect(fixed.work.parsed == 1 && fixed.work.rendered == 0 && !fixed.work.modelChanged)
        #expect(fixed.diagnostics.isEmpty)

        // A new paragraph moves every operation below it down: spec.json changes, while
        // openapi.json and the search index, which have no line numbers, are kept.
        try session.edit("open-api.md", replacing: "## Get the user profile", with: "A new paragraph.\n\n## Get the user profile")
        let moved = try session.rebuild()
        #expect(moved.work.modelChanged && moved.diagnostics.isEmpty)
        #expect(moved.changedOutputs?.contains("spec.json") == true)
        #expect(moved.work.modelFilesChanged == ["spec.json"])
        #expect(moved.work.summary.hasSuffix("; model changed: spec.json written"))

        // A page retitled: every page's sidebar names it, so every page is rendered again
        // (the chrome is not taken from the last build), and back.
        try session.edit("faq.md", replacing: "# FAQ\n", with: "# Questions and answers\n")
        let renamedPage = try session.rebuild()
        #expect(renamedPage.work.rendered == renamedPage.work.pages)
        try session.edit("faq.md", replacing: "# Questions and answers\n", with: "# FAQ\n")
        #expect(try session.rebuild().work.rendered == renamedPage.work.pages)

        // A build with errors renders nothing; the next one must not take its pages for
        // current. Here the model changes along with the mistake, and the fix is prose only.
        try session.edit("open-api.md", replacing: "## Get the user profile", with: "## Get the profile of the user")
        try session.edit("faq.md", replacing: "rather than bearer tokens.", with: "rather than bearer tokens ([see](nowhere.md)).")
        #expect(try session.rebuild().diagnostics.map(\.code) == [.brokenLink])
        try session.edit("faq.md", replacing: " ([see](nowhere.md))", with: "")
        let retitled = try session.rebuild()
        #expect(retitled.diagnostics.isEmpty)
        // The title is in every model output; the line says so.
        #expect(retitled.work.summary.hasSuffix("; model changed: openapi.json, search-index.js and spec.json written"))
        #expect(retitled.outputs.first { $0.path == "open-api.html" }.map { String(decoding: $0.data, as: UTF8.self) }?.contains("Get the profile of the user") == true)

        // Add a page and link to it: it is in no navigation group yet, which warns.
        try session.write("glossary.md", "# Glossary\n\n## Access token\n\nA credential for the Open API.\n")
        try session.edit("index.md", replacing: "(faq.md)", with: "(faq.md) and the [glossary](glossary.md#access-token)")
        let added = try session.rebuild()
        #expect(added.work.parsed == 2)
        #expect(added.outputs.contains { $0.path == "glossary.html" })
        #expect(added.diagnostics.map(\.code) == [.pageNotInNavigation])

        // A configuration change: everything is made again, and the page joins every sidebar.
        try session.edit("site.yml", replacing: "token-life-cycle, mac-signature-verification]", with: "token-life-cycle, mac-signature-verification, glossary]")
        let configured = try session.rebuild()
        #expect(configured.work.rendered == configured.work.pages && configured.diagnostics.isEmpty)

        // Rename the anchor that link points at: the linking page fails, though unchanged.
        try session.edit("glossary.md", replacing: "## Access token", with: "## Access tokens")
        let renamed = try session.rebuild()
        #expect(renamed.diagnostics.map(\.code) == [.brokenAnchor])
        #expect(renamed.diagnostics.first?.range?.start.file == "index.md")
        try session.edit("index.md", replacing: "glossary.md#access-token", with: "glossary.md#access-tokens")
        #expect(try session.rebuild().diagnostics.isEmpty)

        // Delete a scope row: operations that ask for it fail; put it back.
        try session.edit("scope-list.md", replacing: "| 3 | The user's openId | `/user/openidV2` |\n", with: "")
        let deleted = try session.rebuild()
        #expect(deleted.diagnostics.contains { $0.code == .unknownScope })
        try session.edit("scope-list.md", replacing: "| 4 | The user's phone", with: "| 3 | The user's openId | `/user/openidV2` |\n| 4 | The user's phone")
        let restored = try session.rebuild()
        #expect(restored.diagnostics.isEmpty)

        // Remove the added page again; its output goes with it.
        try FileManager.default.removeItem(at: session.content.appendingPathComponent("glossary.md"))
        session.changed.insert(session.content.appendingPathComponent("glossary.md").path)
        try session.edit("index.md", replacing: " and the [glossary](glossary.md#access-tokens)", with: "")
        try session.edit("site.yml", replacing: ", glossary]", with: "]")
        let removed = try session.rebuild()
        #expect(!removed.outputs.contains { $0.path == "glossary.html" })
        #expect(removed.diagnostics.isEmpty)
    }

    @Test func removingTheConfigurationFallsBackToTheDefaultOne() throws {
        let session = try Session()
        _ = try session.rebuild()
        let configuration = session.content.appendingPathComponent("site.yml")
        try FileManager.default.removeItem(at: configuration)
        session.changed.insert(configuration.path)
        let rebuilt = try session.rebuild()
        #expect(rebuilt.spec.title != "Mi Account developer documentation")
    }

    /// A card's "Try it" Swift names scopes by the scope table, so a scope renamed there
    /// renders the authorize page again, though its own text did not change.
    @Test func aRenamedScopeRendersTheCardsThatNameIt() throws {
        let session = try Session()
        _ = try session.rebuild()
        try session.edit("scope-list.md", replacing: "| 3 | The user's openId |", with: "| 3 | The user's app-scoped id |")
        let rebuilt = try session.rebuild()
        let page = try #require(rebuilt.outputs.first { $0.path == "authorization-code.html" })
        #expect(String(decoding: page.data, as: UTF8.self).contains("scope: [.profile, .appscopedID, "))
    }

    @Test func aTemplateChangeRendersEveryPage() throws {
        let session = try Session()
        _ = try session.rebuild()
        let template = session.content.deletingLastPathComponent().appendingPathComponent("templates/page.mustache")
        let text = try String(contentsOf: template, encoding: .utf8)
        try text.replacingOccurrences(of: "</body>", with: "<!-- edited -->\n</body>").write(to: template, atomically: true, encoding: .utf8)
        session.changed.insert(template.path)
        let rebuilt = try session.rebuild()
        #expect(rebuilt.work.rendered == rebuilt.work.pages)
        #expect(rebuilt.outputs.filter { $0.path.hasSuffix(".html") }.allSatisfy { String(decoding: $0.data, as: UTF8.self).contains("<!-- edited -->") })
    }
}

extension Rebuild {
    var diagnostics: [Diagnostic] { compilation.diagnostics }
    var spec: Spec { compilation.spec }
    var outputs: [OutputFile] { Array(compilation.outputs) }
}
