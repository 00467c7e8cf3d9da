import Foundation
import Testing

@testable import MidocsCompiler

/// Raw HTML as GitHub shows it, and nothing that runs: the sanitiser on its own, and a
/// hostile page built into a site under each policy.
struct RawHTMLTests {
    private func sanitize(_ html: String) -> String {
        let sanitizer = RawHTMLSanitizer()
        return sanitizer.sanitize(html) + sanitizer.open.closeAll()
    }

    @Test(arguments: [
        ("<kbd>Ctrl</kbd>", "<kbd>Ctrl</kbd>"),
        ("<a name=\"legacy\"></a>", "<a id=\"legacy\"></a>"),
        ("<img src=\"a.png\" width=10>", "<img src=\"a.png\" width=\"10\" alt=\"\">"),
        ("<details><summary>More</summary>", "<details><summary>More</summary></details>"),
        ("</div></main>", ""),
        ("<div><span>x</div>", "<div><span>x</span></div>"),
        ("a < b &amp; c & d", "a &lt; b &amp; c &amp; d"),
        ("<script>alert(1)</script>after", "after"),
        ("<font color=red>old</font>", "old"),
        ("<a href=\"https://example.com/a?b=1&amp;c=2\">x</a>", "<a href=\"https://example.com/a?b=1&amp;c=2\">x</a>"),
        ("<a href=\"/path:with/colon\">x</a>", "<a href=\"/path:with/colon\">x</a>"),
    ])
    func keepsWhatGitHubShows(_ html: String, _ expected: String) {
        #expect(sanitize(html) == expected)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JAVASCRIPT:x", " javascript:x", "java\tscript:x", "vbscript:x", "data:text/html,x", "file:///etc/passwd",
    ])
    func refusesURLsThatRun(_ url: String) {
        #expect(!RawHTMLSanitizer.isSafe(url, image: false))
        #expect(!sanitize("<a href=\"\(url)\">x</a>").contains("href"))
    }

    @Test func decodesCharacterReferencesBeforeJudgingAURL() {
        #expect(CharacterReference.decode("&#106;&#x61;va&colon;") == "java:")
        #expect(!sanitize("<a href=\"&#106;avascript&#58;alert(1)\">x</a>").contains("href"))
    }

    @Test func survivesAnythingWithoutLosingBalance() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["<", ">", "</", "div", "a", " href=", "\"", "'", "javascript:", "&#", "x", "/", "=", "script", "!--", " on", "load"]
        for _ in 0..<500 {
            let html = (0..<Int.random(in: 1...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let output = sanitize(html)
            // Read back as a browser would: only allowed tags, no handler, no unsafe URL.
            for token in RawHTMLTokenizer.tokens(of: output) {
                guard case .startTag(let name, let attributes, _) = token else { continue }
                #expect(RawHTMLSanitizer.allowedTags[name] != nil, "\(html) → \(output)")
                for attribute in attributes {
                    #expect(!attribute.name.hasPrefix("on") && attribute.name != "style", "\(html) → \(output)")
                    if attribute.name == "href" || attribute.name == "src" {
                        #expect(RawHTMLSanitizer.isSafe(attribute.value, image: false), "\(html) → \(output)")
                    }
                }
            }
            #expect(!output.lowercased().contains("<script"), "\(html) → \(output)")
            let opened = output.components(separatedBy: "<div").count
            let closed = output.components(separatedBy: "</div>").count
            #expect(opened == closed, "\(html) → \(output)")
        }
    }

    @Test(arguments: RawHTMLPolicy.allCases)
    func aHostilePageBuildsToASiteWithNothingThatRuns(_ policy: RawHTMLPolicy) throws {
        let page = try TestSupport.fixture("Injection/index.md")
        var content = try TestSupport.loadRepositoryContent()
        content.files = [page]
        content.assets = [Asset(path: "x.png", data: Data([0x89, 0x50]))]
        content.configuration = SiteConfiguration(title: "Hostile")
        content.configuration.rawHTML = policy
        let compilation = compile(content)
        #expect(!compilation.diagnostics.containsErrors, "\(compilation.diagnostics)")
        let html = try #require(compilation.outputs.first { $0.path == "index.html" })
        let text = String(decoding: html.data, as: UTF8.self)
        let main = try #require(text.range(of: "<main").map { text[$0.lowerBound...] })
        let lowered = main.lowercased()
        #expect(!lowered.contains("<script"))
        #expect(!lowered.contains("javascript:"))
        #expect(!lowered.contains("vbscript:"))
        #expect(!lowered.contains("data:text"))
        #expect(lowered.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil)
        #expect(!lowered.contains("<iframe") && !lowered.contains("<object") && !lowered.contains("<svg") && !lowered.contains("<form"))
        // The page's own closing tags are still the template's: one main, closed once.
        #expect(text.components(separatedBy: "</main>").count == 2)
        if policy == .github {
            #expect(text.contains("<details open>"))
            #expect(text.contains("<a href=\"#ok\">anchor</a>"))
        } else {
            #expect(!text.contains("<details open"))
        }
    }
}
