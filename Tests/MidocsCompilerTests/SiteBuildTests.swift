import Foundation
import Testing

@testable import MidocsCompiler

/// Builds the repository's real content/ and checks the site a reader gets.
struct SiteBuildTests {
    static let pageSlugs = [
        "android-sdk", "authorization-code", "contextual-login", "error-code", "faq", "implicit", "index",
        "mac-signature-verification", "open-api", "refresh-access-token", "scope-list", "sdk", "token-life-cycle",
    ]

    private func build() throws -> [String: Data] {
        let compilation = compile(try TestSupport.loadRepositoryContent())
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        return Dictionary(compilation.outputs.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func turnsEveryPageIntoHTML() throws {
        let outputs = try build()
        let pages = outputs.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages == Self.pageSlugs.map { "\($0).html" })
        #expect(outputs["static/site.css"] != nil)
        #expect(outputs["file/mi_logo.zip"] != nil)
    }

    @Test func resolvesEveryInternalLinkAndAnchor() throws {
        let outputs = try build()
        let idsByPage = outputs.filter { $0.key.hasSuffix(".html") }.mapValues {
            Set(HTMLScan.values(of: "id", in: String(decoding: $0, as: UTF8.self)))
        }
        var checked = 0
        for (path, ids) in idsByPage.sorted(by: { $0.key < $1.key }) {
            let html = String(decoding: outputs[path]!, as: UTF8.self)
            for reference in HTMLScan.values(of: "href", in: html) + HTMLScan.values(of: "src", in: html) {
                guard !reference.contains(":") else { continue }
                let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? path : String(parts[0])
                #expect(outputs[file] != nil, "\(path) links to missing \(file)")
                if parts.count == 2 {
                    let targetIDs = file == path ? ids : idsByPage[file] ?? []
                    #expect(targetIDs.contains(String(parts[1])), "\(path) links to missing anchor \(reference)")
                }
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    @Test func showsTheNavigationOnEveryPageWithTheCurrentOneMarked() throws {
        let outputs = try build()
        for slug in Self.pageSlugs {
            let html = String(decoding: outputs["\(slug).html"]!, as: UTF8.self)
            #expect(html.contains("aria-label=\"Site\""), "\(slug) has no site navigation")
            for other in Self.pageSlugs {
                #expect(html.contains("href=\"\(other).html\""), "\(slug) does not link to \(other)")
            }
            let current = html.components(separatedBy: "aria-current=\"page\"")
            #expect(current.count == 2, "\(slug) marks \(current.count - 1) pages as current")
            #expect(html.contains("href=\"\(slug).html\" aria-current=\"page\""), "\(slug) is not the one marked")
        }
    }

    @Test func buildsTheSameBytesTwice() throws {
        let folders = [try TestSupport.temporaryFolder(), try TestSupport.temporaryFolder()]
        defer { folders.forEach { try? FileManager.default.removeItem(at: $0) } }
        for folder in folders {
            let site = folder.appendingPathComponent("site")
            try FolderWriter(outputFolder: site).write(compile(try TestSupport.loadRepositoryContent()).outputs)
        }
        let first = try TestSupport.files(in: folders[0].appendingPathComponent("site"))
        let second = try TestSupport.files(in: folders[1].appendingPathComponent("site"))
        #expect(first.count > 13)
        #expect(first == second)
    }

    @Test func committedSiteMatchesAFreshBuild() throws {
        let fresh = try build()
        let committed = try TestSupport.files(in: TestSupport.repository.appendingPathComponent("site"))
        #expect(Set(committed.keys) == Set(fresh.keys), "site/ is stale: run `make site` and commit it")
        for (path, data) in fresh where committed[path] != data {
            Issue.record("site/\(path) is stale: run `make site` and commit it")
        }
    }
}

/// Pulls attribute values out of generated HTML; enough for our own, well-formed output.
enum HTMLScan {
    static func values(of attribute: String, in html: String) -> [String] {
        let marker = " \(attribute)=\""
        var values: [String] = []
        var rest = html[...]
        while let start = rest.range(of: marker) {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            values.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[end...]
        }
        return values
    }
}
