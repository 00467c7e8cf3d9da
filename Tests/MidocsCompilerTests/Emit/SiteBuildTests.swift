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

/// The parts of the site rendered from the model: operation cards, backlinks, search.
struct SiteModelRenderingTests {
    private func text(_ path: String) throws -> String {
        let outputs = compile(try TestSupport.loadRepositoryContent()).outputs
        return String(decoding: try #require(outputs.first { $0.path == path }).data, as: UTF8.self)
    }

    @Test func rendersACardForEveryOperation() throws {
        let spec = compile(try TestSupport.loadRepositoryContent()).spec
        for operation in spec.operations {
            let html = try text("\(operation.page).html")
            #expect(html.contains("<code class=\"endpoint-url\">\(operation.url!.description)</code>"), "\(operation.id)")
        }
        let authorize = try text("authorization-code.html")
        #expect(authorize.contains("<dt>Told apart by</dt><dd><code>response_type=code</code></dd>"))
        #expect(authorize.contains("<span class=\"fixed\">Fixed value: <code>code</code></span>"))
        #expect(!authorize.contains("<p><code>GET https://account.xiaomi.com/oauth2/authorize</code></p>"))
        let refresh = try text("refresh-access-token.html")
        #expect(refresh.contains("<dt>Rate limit</dt><dd>5000 requests per second</dd>"))
        #expect(refresh.contains("<p class=\"body-prefix\">The body is not plain JSON: it starts with <code>&amp;&amp;&amp;START&amp;&amp;&amp;</code>."))
        let openAPI = try text("open-api.html")
        #expect(openAPI.contains("<a class=\"scope-link\" href=\"scope-list.html#scope-4\">4</a>, <a class=\"scope-link\" href=\"scope-list.html#scope-6\">6</a>"))
        #expect(openAPI.contains("<tr class=\"nested\"><td><code>data.miliaoNick</code></td>"))
    }

    @Test func listsWhatUsesEachScopeAndErrorCode() throws {
        let scopes = try text("scope-list.html")
        #expect(scopes.contains("<tr id=\"scope-4\"><td><a href=\"#scope-4\">4</a></td>"))
        #expect(scopes.contains("<a href=\"open-api.html#get-the-phone-number-and-e-mail-address\">Get the phone number and e-mail address</a>"))
        let errors = try text("error-code.html")
        #expect(errors.contains("<tr id=\"error-96013\"><td><a href=\"#error-96013\">96013</a></td>"))
        let row = try #require(errors.components(separatedBy: "<tr id=\"error-96013\">").last?.components(separatedBy: "</tr>").first)
        #expect(row.contains("authorization-code.html#exchange-the-code-for-an-access-token"))
    }

    @Test func writesASearchIndexThatFindsOperationsAndErrorCodes() throws {
        let script = try text("search-index.js")
        #expect(script.hasPrefix("window.midocsSearchIndex = ["))
        let json = String(script.dropFirst("window.midocsSearchIndex = ".count).dropLast(2))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]])
        let openID = entries.filter { $0["s"]?.contains("openidv2") == true }
        #expect(openID.contains { $0["k"] == "Operation" && $0["u"] == "open-api.html#get-the-user-openid" })
        #expect(entries.contains { $0["k"] == "Error code" && $0["u"] == "error-code.html#error-96013" && $0["t"] == "96013 OA_INVALID_CODE" })
        #expect(Set(entries.compactMap { $0["k"] }) == ["Page", "Heading", "Operation", "Parameter", "Scope", "Error code"])
    }
}
