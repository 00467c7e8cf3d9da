import Foundation
import Testing

@testable import MidocsCompiler

/// Each fixture isolates one construct of one authoring style; what the extractor reads from
/// it is compared with a reviewed JSON file in Golden/Extract/.
struct ExtractorFixtureTests {
    static func fixtureNames(_ folder: String) -> [String] {
        let url = TestSupport.fixtures.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
    }

    /// The model and diagnostics of one page, as reviewed JSON.
    struct Extraction: Encodable {
        var operations: [MidocsCompiler.Operation]
        var scopes: [Scope]
        var errorCodes: [ErrorCode]
        var diagnostics: [String]
    }

    static func extract(_ fixture: String) throws -> Extraction {
        let file = try TestSupport.fixture(fixture)
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration())
            .extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        let formatter = DiagnosticFormatter(files: [], contentPrefix: "")
        return Extraction(
            operations: spec.operations, scopes: spec.scopes, errorCodes: spec.errorCodes,
            diagnostics: diagnostics.sortedAndUnique().map(formatter.format))
    }

    @Test(arguments: fixtureNames("Legacy") + fixtureNames("Convention") + fixtureNames("Styles"))
    func readsFixtureAsReviewed(fixture: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var json = try encoder.encode(try Self.extract(fixture))
        json.append(UInt8(ascii: "\n"))
        try Golden.check(json, against: "Extract/\(fixture.replacingOccurrences(of: ".md", with: ".json"))")
    }

    @Test func readsTheLegacyExampleCompletely() throws {
        let result = try Self.extract("Legacy/legacy-example.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.operations.map(\.title) == ["Listing a User's Buckets", "Renewing an Upload Ticket"])
        let listing = result.operations[0]
        #expect(listing.url?.description == "https://storage.example.com/v1/buckets")
        #expect(listing.scopes.map(\.id) == [21, 22])
        #expect(listing.parameters.map(\.name) == ["clientId", "token", "_pageHint"])
        #expect(listing.parameters.map(\.isRequired) == [true, true, false])
        let renewal = result.operations[1]
        #expect(renewal.parameter(named: "grant_type")?.fixedValue == "renew")
        let success = try #require(renewal.responses.first { $0.outcome == .success })
        #expect(success.bodyPrefix == "&&&START&&&")
        #expect(success.fields.map(\.name) == ["ticket", "expires_in"])
    }

    @Test func warnsAboutAMisspelledLabelAndReadsOn() throws {
        let result = try Self.extract("Legacy/unknown-label.md")
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics.allSatisfy { $0.contains("[unknown-label]") })
        // One letter off a label is a typo: read as the label, with the fix.
        #expect(result.diagnostics.contains { $0.contains("read as 'request params'") })
        #expect(result.diagnostics.contains { $0.contains("note: replace with 'request method'") })
        #expect(result.operations.count == 2)
        #expect(result.operations[0].method == .get)
        #expect(result.operations[1].parameters.map(\.name) == ["from", "to"])
    }

    /// A diagnostic about a scope must underline the id itself, even after `&emsp;`.
    @Test(arguments: fixtureNames("Legacy") + fixtureNames("Convention"))
    func pointsScopeReferencesAtTheIDItself(fixture: String) throws {
        let lines = try TestSupport.fixture(fixture).text.split(separator: "\n", omittingEmptySubsequences: false)
        for operation in try Self.extract(fixture).operations {
            for scope in operation.scopes {
                let line = Array(lines[scope.range.start.line - 1].utf8)
                let written = line[(scope.range.start.column - 1)..<(scope.range.end.column - 1)]
                #expect(String(decoding: written, as: UTF8.self) == String(scope.id))
            }
        }
    }

    @Test func readsSharedURLsWithTheirDiscriminator() throws {
        let result = try Self.extract("Convention/shared-url.md")
        #expect(result.operations.map { $0.discriminator?.description } == ["mode=fast", "mode=slow"])
    }
}

/// Where an operation's parameters are told in several tables, the card shows them all at
/// the first one and the later ones say no more; sections merged into the page's one
/// endpoint lose their own cards.
struct ParameterTableRoleTests {
    func roles(_ fixture: String) throws -> [BlockRole] {
        let file = try TestSupport.fixture(fixture)
        var diagnostics: [Diagnostic] = []
        let extraction = Extractor(configuration: SiteConfiguration())
            .extractWithRoles([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        let roles = extraction.blockRoles.values.first ?? [:]
        return roles.keys.sorted().map { roles[$0]! }
    }

    @Test func laterTablesOfAnOperationAreHidden() throws {
        let roles = try roles("Styles/parameters-later-in-the-section.md")
        let tables = roles.filter { if case .parameterTable = $0 { true } else { false } }
        #expect(tables == [.parameterTable(operationID: "parameters-later-in-the-section.with-labels")])
        #expect(roles.filter { $0 == .hidden }.count >= 2)
    }

    @Test func mergedSectionsKeepNoCardOfTheirOwn() throws {
        let roles = try roles("Styles/one-endpoint-page.md")
        let headings = roles.compactMap { if case .operationHeading(let id) = $0 { id } else { nil } }
        #expect(headings == ["one-endpoint-page.grouped-results"])
        let tables = roles.compactMap { if case .parameterTable(let id) = $0 { id } else { nil } }
        #expect(tables == ["one-endpoint-page.grouped-results"])
    }
}

/// Front matter is not Markdown: its title titles the page, and its lines stay blank so
/// that every later line keeps its number.
struct FrontMatterTests {
    @Test func yamlAndTomlGiveTheTitleAndKeepLineNumbers() throws {
        for (text, title) in [("---\nlayout: x\ntitle: \"Shelves\"\n---\n\n## Intro\n", "Shelves"), ("+++\ntitle = 'Shelves'\n+++\n\n## Intro\n", "Shelves")] {
            let document = MarkdownDocument(parsing: SourceFile(path: "a.md", text: text))
            #expect(document.frontMatterTitle == title)
            #expect(document.blocks.count == 1)
            #expect(document.blocks.first?.range.start.line == (text.hasPrefix("---") ? 6 : 5))
        }
    }

    @Test func aRuleThatOpensNoFrontMatterStaysARule() throws {
        let document = MarkdownDocument(parsing: SourceFile(path: "a.md", text: "---\n\nText after a rule.\n"))
        #expect(document.frontMatterTitle == nil)
        #expect(document.blocks.first?.kind == .thematicBreak)
    }
}

extension FrontMatterTests {
    @Test func twoRulesAroundProseAreNoFrontMatter() throws {
        let document = MarkdownDocument(parsing: SourceFile(path: "a.md", text: "---\n\nAn aside.\n\n---\n\n# Title\n"))
        #expect(document.frontMatterTitle == nil)
        #expect(document.blocks.first?.kind == .thematicBreak)
    }
}
