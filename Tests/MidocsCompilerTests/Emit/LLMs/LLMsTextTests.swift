import Foundation
import Testing

@testable import MidocsCompiler

/// llms.txt and llms-full.txt as the llms.txt proposal (llmstxt.org) lays them out, and
/// what site.yml changes of them.
struct LLMsTextTests {
    private func build(_ change: (inout Content) -> Void = { _ in }) throws -> (outputs: [String: String], diagnostics: [Diagnostic]) {
        var content = try TestSupport.loadRepositoryContent()
        change(&content)
        let compilation = compile(content)
        let outputs = Dictionary(
            compilation.outputs.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
        return (outputs, compilation.diagnostics)
    }

    /// The sections of llms.txt by title, each with its entries, in order.
    private func sections(_ text: String) -> [(title: String, entries: [String])] {
        var sections: [(title: String, entries: [String])] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## ") {
                sections.append((String(line.dropFirst(3)), []))
            } else if line.hasPrefix("- "), !sections.isEmpty {
                sections[sections.count - 1].entries.append(String(line))
            }
        }
        return sections
    }

    @Test func followsTheProposal() throws {
        let (outputs, diagnostics) = try build()
        #expect(diagnostics.isEmpty)
        let text = try #require(outputs["llms.txt"])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "# Mi Account developer documentation")
        #expect(lines[1] == "" && lines[2].hasPrefix("> Mi Account is Xiaomi's OAuth 2.0 sign-in service. These docs cover"))
        #expect(lines.filter { $0.hasPrefix("# ") }.count == 1)
        let found = sections(text)
        #expect(found.map(\.title) == ["Guides", "Grants", "Open API", "Reference", "API definitions", "Optional"])
        #expect(found.last?.entries.count == 3 && found.last?.entries.first?.hasPrefix("- [SDK downloads](") == true)
        let entry = try Regex(#"^- \[([^\]]+)\]\((https://dev\.mi\.com/docs/passport/([^)]+))\)(: .+)?$"#)
        var twins = Set<String>()
        for line in found.flatMap(\.entries) {
            let match = try #require(try entry.wholeMatch(in: line), "\(line)")
            let path = String(match.output[3].substring ?? "")
            #expect(outputs[path] != nil, "llms.txt links to \(path), which the site lacks")
            if path.hasSuffix(".html.md") { twins.insert(path) }
        }
        #expect(twins.count == SiteBuildTests.pageSlugs.count)
        #expect(text.contains("- [Refreshing an access token](https://dev.mi.com/docs/passport/refresh-access-token.html.md): An access token from the authorization code grant lasts 90 days.\n"))
    }

    @Test func withoutASummaryOrAListTheHomePageLeadsAndGuidesAreOptional() throws {
        let (outputs, _) = try build { content in
            content.configuration.summary = nil
            content.configuration.llmsOptional = nil
            content.configuration.baseURL = ""
        }
        let text = try #require(outputs["llms.txt"])
        #expect(text.contains("\n> Mi Account lets people sign in to your app or site with the Xiaomi account they already use on their phone. This guide"))
        let optional = try #require(sections(text).last)
        #expect(optional.title == "Optional")
        #expect(optional.entries.map { $0.components(separatedBy: "](").last!.components(separatedBy: ")").first! } == [
            "sdk.html.md", "android-sdk.html.md", "contextual-login.html.md", "faq.html.md",
        ])
        #expect(text.contains("- [Quick access guide](index.html.md): "))
    }

    @Test func anUnknownOptionalPageIsAWarning() throws {
        let (_, diagnostics) = try build { $0.configuration.llmsOptional = ["fqa"] }
        let diagnostic = try #require(diagnostics.first { $0.code == .unknownNavigationPage })
        #expect(diagnostic.message == "llmsOptional lists 'fqa' but there is no 'fqa.md'; did you mean 'faq'?")
    }

    @Test func anLLMsTextOfTheContentFolderIsKept() throws {
        let (outputs, _) = try build { $0.assets.append(Asset(path: "llms.txt", data: Data("# Ours\n".utf8))) }
        #expect(outputs["llms.txt"] == "# Ours\n")
        #expect(outputs["llms-full.txt"] != nil)
    }

    @Test func llmsFullTextIsEveryTwinInReadingOrder() throws {
        let (outputs, _) = try build()
        let order = ["index", "sdk", "android-sdk", "contextual-login", "faq", "authorization-code", "implicit", "refresh-access-token", "open-api"]
            + ["scope-list", "error-code", "token-life-cycle", "mac-signature-verification"]
        let twins = try order.map { try #require(outputs["\($0).html.md"]) }
        #expect(outputs["llms-full.txt"] == twins.joined(separator: "\n"))
    }

    /// A rebuild makes again only the twins whose page or model facts changed, and llms.txt
    /// only when what it shows did.
    @Test func aRebuildMakesOnlyTheTwinsThatChanged() throws {
        let session = try IncrementalCompileTests.Session()
        _ = try session.rebuild()
        let idle = try session.rebuild()
        #expect(idle.changedOutputs?.contains { $0.hasSuffix(".md") || $0.hasSuffix(".txt") } == false)

        try session.edit("faq.md", replacing: "rather than bearer tokens.", with: "rather than bearer tokens, by design.")
        let prose = try session.rebuild()
        #expect(prose.changedOutputs?.filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.sorted() == ["faq.html.md", "llms-full.txt"])

        try session.edit("scope-list.md", replacing: "| 3 | The user's openId |", with: "| 3 | The user's app-scoped id |")
        let renamed = try session.rebuild()
        let changed = renamed.changedOutputs ?? []
        #expect(changed.contains("open-api.html.md") && changed.contains("scope-list.html.md") && !changed.contains("faq.html.md"))
        let twin = try #require(renamed.outputs.first { $0.path == "open-api.html.md" })
        #expect(String(decoding: twin.data, as: UTF8.self).contains("- Scopes: 3 (The user's app-scoped id)"))
    }
}
