import Foundation
import Testing

@testable import MidocsCompiler

/// A docs folder as other projects keep one: pages in subfolders, a README as a folder's
/// index, assets beside the pages, numbered names, and no site.yml.
struct ContentTreeTests {
    private func build() throws -> (compilation: Compilation, files: [String: Data]) {
        let content = try ContentLoader(
            contentFolder: TestSupport.fixtures.appendingPathComponent("Tree/content"),
            templatesFolder: TestSupport.repository.appendingPathComponent("templates")
        ).load()
        let compilation = compile(content)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FolderWriter(outputFolder: site).write(compilation.outputs)
        return (compilation, try TestSupport.files(in: site))
    }

    @Test func makesAPageOfEveryMarkdownFileAtItsPath() throws {
        let (compilation, files) = try build()
        #expect(!compilation.diagnostics.containsErrors, "\(compilation.diagnostics)")
        let pages = Set(files.keys.filter { $0.hasSuffix(".html") })
        #expect(
            pages == [
                "index.html", "2-second.html", "01-guide/index.html", "01-guide/sign-in.html", "02-api/token.html",
                "02-api/v2/users.html", "10-faq/common.html",
            ])
        // Assets keep their place; a folder of assets alone is no page.
        #expect(files["images/logo.png"] != nil)
        #expect(files["02-api/diagrams/flow.svg"] != nil)
        #expect(files["02-api/diagrams/index.html"] == nil)
    }

    @Test func everyLinkOfEveryPageLeadsToAFileOfTheSite() throws {
        let (_, files) = try build()
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let folder = Link.folder(of: String(path.dropLast(5)))
            for value in HTMLScan.values(of: "href", in: html) + HTMLScan.values(of: "src", in: html) {
                guard !value.hasPrefix("#"), !value.contains(":") else { continue }
                let file = Link.resolve(String(value.split(separator: "#")[0]), from: folder)
                #expect(files[file] != nil, "\(path) links to \(value), which is not in the site")
            }
        }
    }

    @Test func titlesAndNavigationComeFromTheTree() throws {
        let (compilation, files) = try build()
        let spec = compilation.spec
        #expect(spec.title == "Acme API")
        #expect(spec.page("01-guide/sign-in")?.title == "Sign in")
        // A page that opens with a level-2 heading takes it as its title, without a warning.
        #expect(spec.page("02-api/token")?.title == "Get a token")
        #expect(!compilation.diagnostics.contains { $0.code == .missingTitle && $0.range?.start.file == "02-api/token.md" })
        let navigation = Navigation(spec: spec, configuration: SiteConfiguration())
        #expect(navigation.groups.map(\.title) == ["Pages", "Guide", "API", "FAQ"])
        #expect(navigation.groups[0].pages.map(\.slug) == ["index", "2-second"])
        #expect(navigation.groups[2].pages.map(\.slug) == ["02-api/token", "02-api/v2/users"])
        let users = String(decoding: files["02-api/v2/users.html"] ?? Data(), as: UTF8.self)
        #expect(users.contains("href=\"../../static/site.css\""))
        #expect(users.contains("href=\"../../02-api/token.html#get-a-token\""))
    }

    @Test func orderingReadsNumericPrefixesAsNumbers() {
        #expect(FileName.precedes("2-second", "10-faq"))
        #expect(FileName.precedes("01-guide", "02-api"))
        #expect(FileName.precedes("10-faq", "appendix"))
        #expect(FileName.title(ofName: "01-getting_started") == "Getting started")
        #expect(FileName.title(ofName: "rest-api") == "REST API")
        #expect(FileName.title(ofName: "2024") == "2024")
    }
}
