import Testing

@testable import MidocsCompiler

/// Every highlighted input goes through `highlight(_:as:)`, which also checks that the HTML
/// holds exactly the input once the spans are removed and the entities unescaped.
struct SyntaxHighlighterTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        var language: String
        var code: String

        var testDescription: String { "\(language): \(code.debugDescription.prefix(40))" }
    }

    /// Odd and broken inputs, beyond the examples below, for the round-trip property.
    static let hostileCodes = [
        "", " ", "\n", "\r\n\r\n", "\\", "\"", "'", "$", "#", "@", "<", "&", "/*", "//", "<!--", "-", "1e", "0x",
        "{\"a\": \"b\\\"c\" , 'd', -, -x, 1.5e-3, tru, nullx}", "\"\\", "\"\"\"", "#\"raw", "##\"a\"#", "`x",
        "${", "${x", "$ ", "$ $", "\\\n", "\\\r\n", "a\u{0}b", "\"é\u{301}\" 👍🏽 \u{301}\"x", "\"\u{301}<\u{301}&\u{301}",
        "<a b=\"c", "<a b='c' d=e f>", "</", "<?", "<!", "<!x", "<![CDATA[ <x> ", "GET", "GET /", "HTTP/",
        "HTTP/1.1\r\n", "Host:\n\n", ":path: /\n\n{", "A: b\r\n\r\n[1,\"x\"]", "&&&START&&&", "&&&START&&& \n [",
        ")]}'\n[1]", "[[[[[[[[[[{{{{{{{{", "/* /* */", "\"\\(\"\\(\"", "@interface X {}",
        "$ echo \"a\\\nb\" '\nc' #x\nout # y\n$ z",
    ]

    static let hostileSamples = ["json", "http", "shell", "console", "java", "xml", "swift"].flatMap { language in
        hostileCodes.map { Sample(language: language, code: $0) }
    }

    private func highlight(_ code: String, as language: String) throws -> String {
        let html = try #require(SyntaxHighlighter.highlight(code, language: language))
        let text = try #require(Self.plainText(of: html), "malformed HTML: \(html)")
        #expect(text.utf8.elementsEqual(code.utf8), "the HTML does not hold the input: \(html)")
        return html
    }

    /// The text of highlighted HTML, or nil when it has anything but unnested token spans
    /// and the four entities. It reads scalars, not characters, so a combining mark after
    /// an entity or a tag cannot hide it.
    static func plainText(of html: String) -> String? {
        let kinds = Set(TokenKind.allCases.map(\.rawValue))
        let entities: [(String, Unicode.Scalar)] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\"")]
        let scalars = Array(html.unicodeScalars)
        func starts(_ text: String, at index: Int) -> Bool {
            scalars[index...].starts(with: text.unicodeScalars)
        }
        var text = String.UnicodeScalarView()
        var isInSpan = false
        var index = 0
        while index < scalars.count {
            if scalars[index] == "<" {
                guard let close = scalars[index...].firstIndex(of: ">") else { return nil }
                let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                let kind = tag.dropFirst("span class=\"tok-".count).dropLast()
                if tag == "/span" && isInSpan {
                    isInSpan = false
                } else if !isInSpan && tag.hasPrefix("span class=\"tok-") && tag.hasSuffix("\"")
                    && kinds.contains(String(kind))
                {
                    isInSpan = true
                } else {
                    return nil
                }
                index = close + 1
            } else if scalars[index] == "&" {
                guard let (entity, scalar) = entities.first(where: { starts($0.0, at: index) }) else { return nil }
                text.append(scalar)
                index += entity.unicodeScalars.count
            } else {
                guard scalars[index] != ">" && scalars[index] != "\"" else { return nil }
                text.append(scalars[index])
                index += 1
            }
        }
        return isInSpan ? nil : String(text)
    }

    @Test func colorsJSONKeysStringsNumbersAndLiterals() throws {
        let html = try highlight(#"{"name": "Mi", "age": -1.5e3, "ok": true, "none": null}"#, as: "json")
        #expect(
            html
                == #"{<span class="tok-key">&quot;name&quot;</span>: <span class="tok-string">&quot;Mi&quot;</span>, "#
                + #"<span class="tok-key">&quot;age&quot;</span>: <span class="tok-number">-1.5e3</span>, "#
                + #"<span class="tok-key">&quot;ok&quot;</span>: <span class="tok-literal">true</span>, "#
                + #"<span class="tok-key">&quot;none&quot;</span>: <span class="tok-literal">null</span>}"#)
    }

    @Test func marksTheTextBeforeTheJSONAsAPrefix() throws {
        let html = try highlight("&&&START&&&{\n  \"error\": 96013\n}", as: "json")
        #expect(
            html == """
                <span class="tok-prefix">&amp;&amp;&amp;START&amp;&amp;&amp;</span>{
                  <span class="tok-key">&quot;error&quot;</span>: <span class="tok-number">96013</span>
                }
                """)
        #expect(try highlight(")]}'\n[]", as: "json") == "<span class=\"tok-prefix\">)]}'</span>\n[]")
    }

    @Test func colorsAnHTTPRequestWithAJSONBody() throws {
        let html = try highlight(
            """
            POST /token?a=1&b=2 HTTP/1.1
            Host: account.xiaomi.com
            Content-Type: application/json

            {"code": 1}
            """, as: "http")
        #expect(
            html == """
                <span class="tok-method">POST</span> /token?a=1&amp;b=2 HTTP/1.1
                <span class="tok-header">Host</span>: account.xiaomi.com
                <span class="tok-header">Content-Type</span>: application/json

                {<span class="tok-key">&quot;code&quot;</span>: <span class="tok-number">1</span>}
                """)
    }

    @Test func colorsAnHTTPResponseAndLeavesAFormBodyPlain() throws {
        let html = try highlight("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\na=1&b=2", as: "HTTP")
        #expect(
            html == "HTTP/1.1 <span class=\"tok-number\">200</span> OK\r\n"
                + "<span class=\"tok-header\">Content-Length</span>: 7\r\n\r\na=1&amp;b=2")
    }

    @Test func colorsShellStringsVariablesAndComments() throws {
        let html = try highlight(
            "curl -H \"Authorization: $TOKEN\" https://a/#x # fetch\necho ${HOME} '$NOT' \\\n  done", as: "bash")
        #expect(
            html == """
                curl -H <span class="tok-string">&quot;Authorization: $TOKEN&quot;</span> https://a/#x \
                <span class="tok-comment"># fetch</span>
                echo <span class="tok-variable">${HOME}</span> <span class="tok-string">'$NOT'</span> \\
                  done
                """)
    }

    @Test func leavesTheOutputOfAShellSessionPlain() throws {
        let html = try highlight(
            """
            $ echo $HOME
            /home/mi # not a comment
            $ ls \\
              -l "a b"
            total 0
            """, as: "console")
        #expect(
            html == """
                <span class="tok-prompt">$ </span>echo <span class="tok-variable">$HOME</span>
                /home/mi # not a comment
                <span class="tok-prompt">$ </span>ls \\
                  -l <span class="tok-string">&quot;a b&quot;</span>
                total 0
                """)
    }

    @Test func colorsJava() throws {
        let html = try highlight(
            """
            @Override
            public String name() {
                // the user's name
                char c = 'x'; Object o = null;
                return "Mi" + 42L; /* done */
            }
            """, as: "java")
        #expect(
            html == """
                <span class="tok-annotation">@Override</span>
                <span class="tok-keyword">public</span> <span class="tok-type">String</span> name() {
                    <span class="tok-comment">// the user's name</span>
                    <span class="tok-keyword">char</span> c = <span class="tok-string">'x'</span>; \
                <span class="tok-type">Object</span> o = <span class="tok-literal">null</span>;
                    <span class="tok-keyword">return</span> <span class="tok-string">&quot;Mi&quot;</span> + \
                <span class="tok-number">42L</span>; <span class="tok-comment">/* done */</span>
                }
                """)
    }

    @Test func colorsXMLTagsAttributesAndComments() throws {
        let html = try highlight(
            """
            <?xml version="1.0"?>
            <!-- app -->
            <manifest package="com.example">
                <uses-permission android:name="AUTH" />
            </manifest>
            """, as: "xml")
        #expect(
            html == """
                &lt;?<span class="tok-tag">xml</span> <span class="tok-attribute">version</span>=\
                <span class="tok-string">&quot;1.0&quot;</span>?&gt;
                <span class="tok-comment">&lt;!-- app --&gt;</span>
                &lt;<span class="tok-tag">manifest</span> <span class="tok-attribute">package</span>=\
                <span class="tok-string">&quot;com.example&quot;</span>&gt;
                    &lt;<span class="tok-tag">uses-permission</span> <span class="tok-attribute">android:name</span>=\
                <span class="tok-string">&quot;AUTH&quot;</span> /&gt;
                &lt;/<span class="tok-tag">manifest</span>&gt;
                """)
    }

    @Test func colorsHTMLWithUnquotedValuesAndStrayLessThanSigns() throws {
        let html = try highlight("<!DOCTYPE html>\n<p class=intro>a &amp; b < c</p>", as: "html")
        #expect(
            html == """
                &lt;!<span class="tok-keyword">DOCTYPE</span> html&gt;
                &lt;<span class="tok-tag">p</span> <span class="tok-attribute">class</span>=\
                <span class="tok-string">intro</span>&gt;a &amp;amp; b &lt; c&lt;/<span class="tok-tag">p</span>&gt;
                """)
    }

    @Test func colorsSwift() throws {
        let html = try highlight(
            #"""
            @MainActor
            struct Profile: Sendable {
                let name = "Mi \(user.name + "!")" // why
                var id: Int? = nil
                #if DEBUG
                let raw = #"a"b"# /* a /* b */ c */
            }
            """#, as: "swift")
        #expect(
            html == #"""
                <span class="tok-annotation">@MainActor</span>
                <span class="tok-keyword">struct</span> <span class="tok-type">Profile</span>: \#
                <span class="tok-type">Sendable</span> {
                    <span class="tok-keyword">let</span> name = \#
                <span class="tok-string">&quot;Mi \(user.name + &quot;!&quot;)&quot;</span> \#
                <span class="tok-comment">// why</span>
                    <span class="tok-keyword">var</span> id: <span class="tok-type">Int</span>? = \#
                <span class="tok-literal">nil</span>
                    <span class="tok-keyword">#if</span> <span class="tok-type">DEBUG</span>
                    <span class="tok-keyword">let</span> raw = <span class="tok-string">#&quot;a&quot;b&quot;#</span> \#
                <span class="tok-comment">/* a /* b */ c */</span>
                }
                """#)
    }

    @Test func escapesMarkupInsideStrings() throws {
        #expect(
            try highlight(#"{"html": "<a href=\"x\">&</a>"}"#, as: "json")
                == #"{<span class="tok-key">&quot;html&quot;</span>: "#
                + #"<span class="tok-string">&quot;&lt;a href=\&quot;x\&quot;&gt;&amp;&lt;/a&gt;&quot;</span>}"#)
        let string = #"<span class="tok-string">&quot;a &lt;b&gt; &amp; \&quot;c\&quot;&quot;</span>"#
        for language in ["java", "swift", "shell"] {
            #expect(try highlight(#"x = "a <b> & \"c\"""#, as: language) == "x = " + string, "\(language)")
        }
    }

    @Test func runsAnUnclosedStringToTheLineEndAndAnUnclosedCommentToTheEnd() throws {
        #expect(
            try highlight("{\"a\": \"open\n}", as: "json")
                == #"{<span class="tok-key">&quot;a&quot;</span>: <span class="tok-string">&quot;open</span>"# + "\n}")
        #expect(
            try highlight("/* never closed\nint x;", as: "java")
                == "<span class=\"tok-comment\">/* never closed\nint x;</span>")
        #expect(try highlight("/* a /* b */ c", as: "swift") == "<span class=\"tok-comment\">/* a /* b */ c</span>")
        #expect(
            try highlight("\"\"\"\nopen", as: "swift") == "<span class=\"tok-string\">&quot;&quot;&quot;\nopen</span>")
        #expect(try highlight("echo 'open\nstill", as: "sh") == "echo <span class=\"tok-string\">'open\nstill</span>")
        #expect(
            try highlight("<!-- open <a>", as: "xml") == "<span class=\"tok-comment\">&lt;!-- open &lt;a&gt;</span>")
    }

    @Test(arguments: hostileSamples)
    func keepsOddInputWhole(_ sample: Sample) throws {
        _ = try highlight(sample.code, as: sample.language)
    }

    @Test(arguments: ["json", "http", "shell", "java", "xml", "swift"])
    func finishesOnAMegabyte(_ language: String) throws {
        let line = "$ GET /x\nA: b\n{\"k\": [1, \"<&>\", true, $X, 'c', @A, <a b=\"c\">, #\"r\"#, /* x */ // y\n"
        _ = SyntaxHighlighter.highlight(String(repeating: line, count: 1_000_000 / line.utf8.count), language: language)
    }

    /// Shapes that would take quadratic time or deep recursion in a careless highlighter;
    /// big enough that such a one would not finish.
    @Test(arguments: ["json", "http", "shell", "java", "xml", "swift"])
    func finishesOnPathologicalInput(_ language: String) throws {
        let size = 200_000
        let codes = [
            String(repeating: "[", count: size), String(repeating: "\"", count: size),
            String(repeating: "#", count: size), String(repeating: "##\"", count: size / 3),
            String(repeating: "#\"x\n", count: size / 4), String(repeating: "\\", count: size),
            String(repeating: "<a ", count: size / 3), "/*" + String(repeating: "/*", count: size / 2),
            "\"" + String(repeating: " ", count: size) + ":", String(repeating: "\"a\n", count: size / 3),
        ]
        for code in codes {
            _ = SyntaxHighlighter.highlight(code, language: language)
        }
    }

    @Test func knowsLanguageNamesInAnyCaseAndNoOthers() {
        for language in [
            "JSON", "Http", "SHELL", "sh", "bash", "console", "shell-session", "Java", "XML", "html", "Swift",
        ] {
            #expect(SyntaxHighlighter.highlight("x", language: language) != nil, "\(language)")
        }
        for language in ["", "python", "text", "yaml", "json5"] {
            #expect(SyntaxHighlighter.highlight("x", language: language) == nil, "\(language)")
        }
    }
}
