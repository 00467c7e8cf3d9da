import Foundation
import Testing

@testable import MidocsCompiler

/// The "Try it" part of operation cards: with the Mi Account profile, curl against
/// `midocs sandbox` and the same call with the generated client; without a profile, curl
/// against the documented URL.
struct TryItTests {
    static func tryIt(_ id: String, profile: String? = "mi-account") throws -> TryIt {
        var content = try TestSupport.loadRepositoryContent()
        content.configuration.profile = profile
        let spec = compile(content).spec
        let operation = try #require(spec.operation(id))
        return try #require(TryItMaker(spec: spec).makeTryIt(operation))
    }

    @Test func anOpenAPICardSignsItsCallWithMidocsSign() throws {
        let tryIt = try Self.tryIt("open-api.get-the-user-profile")
        #expect(
            tryIt.curl == #"""
                curl -i "http://127.0.0.1:8787/user/profile?clientId=2882303761517000000&token=$ACCESS_TOKEN" \
                  -H "$(midocs sign --access-token "$ACCESS_TOKEN" --mac-key "$MAC_KEY" "http://127.0.0.1:8787/user/profile?clientId=2882303761517000000&token=$ACCESS_TOKEN")"

                """#)
        #expect(tryIt.variables == ["ACCESS_TOKEN", "MAC_KEY"])
        #expect(
            tryIt.swift == #"""
                let client = MiAccountClient(servers: .sandbox(URL(string: "http://127.0.0.1:8787")!))
                let request = GetUserProfileRequest(clientID: 2882303761517000000, token: tokens.accessToken)
                let response = try await client.send(request, signedWith: tokens.signer)

                """#)
    }

    @Test func aRedirectCardMakesTheURLForTheBrowser() throws {
        let tryIt = try Self.tryIt("authorization-code.get-an-authorization-code")
        #expect(
            tryIt.curl == #"""
                curl -i 'http://127.0.0.1:8787/oauth2/authorize?client_id=2882303761517000000&redirect_uri=https%3A%2F%2Fexample.com%2Fcallback&response_type=code&scope=1%203%204%206%202&state=sandbox-state'

                """#)
        #expect(tryIt.variables.isEmpty)
        #expect(
            tryIt.swift == #"""
                let session = AuthorizationSession()
                let request = GetAuthorizationCodeRequest(clientID: 2882303761517000000, redirectURI: "https://example.com/callback", scope: [.profile, .openID, .phoneNumber, .emailAddress, .miTalkFriendList], state: session.state)
                let url = request.makeURL(servers: .sandbox(URL(string: "http://127.0.0.1:8787")!))

                """#)
    }

    @Test func theTokenExchangeTakesTheCodeAndKeepsTheTokens() throws {
        let tryIt = try Self.tryIt("authorization-code.exchange-the-code-for-an-access-token")
        #expect(tryIt.curl.hasSuffix("&grant_type=authorization_code&code=$CODE\"\n"))
        #expect(tryIt.swift?.hasSuffix("code: grant.code)\nlet response = try await client.send(request)\nlet tokens = response.makeTokenSet(issuedAt: Date())\n") == true)
    }

    @Test func theCardsShowThemOnThePages() throws {
        let compilation = compile(try TestSupport.loadRepositoryContent())
        let page = try #require(compilation.outputs.first { $0.path == "open-api.html" })
        let html = String(decoding: page.data, as: UTF8.self)
        #expect(html.components(separatedBy: "<details class=\"try-it\"><summary>Try it</summary>").count - 1 == 5)
        #expect(html.contains("<p>With curl, against <code>midocs sandbox</code>; set <code>ACCESS_TOKEN</code> and <code>MAC_KEY</code> first:</p>"))
        #expect(html.contains("<span class=\"tok-type\">GetUserProfileRequest</span>(clientID:"))
        #expect(!html.contains("<details class=\"try-it\"><summary>Try it</summary>\n<p>With curl:"))
    }

    @Test func withoutAProfileACardCallsTheDocumentedURL() throws {
        let tryIt = try Self.tryIt("open-api.get-the-user-profile", profile: nil)
        #expect(tryIt.curl == "curl -i \"https://open.account.xiaomi.com/user/profile?clientId=$CLIENT_ID&token=$TOKEN\"\n")
        #expect(tryIt.swift == nil && !tryIt.callsSandbox)
    }

    @Test func everyCardsCommandIsValidShell() throws {
        let spec = compile(try TestSupport.loadRepositoryContent()).spec
        let maker = TryItMaker(spec: spec)
        for operation in spec.operations {
            let curl = try #require(maker.makeTryIt(operation)?.curl)
            #expect((try? TestSupport.run("sh", ["-n", "-c", curl])) != nil, "\(curl)")
        }
    }

    @Test func fillsPathParametersAndSendsABodyAsJSON() throws {
        let page = """
            # Library API

            ## Add a book

            `PUT https://api.example.com/v1/shelves/{shelf}/books`

            ### Parameters

            | Name | In | Type | Required | Description |
            | --- | --- | --- | --- | --- |
            | `shelf` | path | string | yes | The shelf. |
            | `X-Trace` | header | string | no | A trace id. |
            | `book.title` | body | string | yes | The title. |
            | `book.pages` | body | int | yes | How many pages. |
            | `gift` | body | boolean | no | Wrapped or not. |

            """
        var content = try TestSupport.loadRepositoryContent()
        content.files = [SourceFile(path: "library.md", text: page)]
        content.configuration = SiteConfiguration(title: "Library docs")
        let spec = compile(content).spec
        let operation = try #require(spec.operations.first)
        #expect(
            TryItMaker(spec: spec).makeTryIt(operation)?.curl == #"""
                curl -i -X PUT "https://api.example.com/v1/shelves/$SHELF/books" \
                  -H 'Content-Type: application/json' \
                  -d "{\"book\": {\"title\": \"$BOOK_TITLE\", \"pages\": $BOOK_PAGES}}"

                """#)
    }

    @Test func quotesOnlyWhatTheShellWouldRead() {
        var word = ShellWord("https://x/a?q=it's")
        #expect(word.quoted == #"'https://x/a?q=it'\''s'"#)
        word.append("&id=")
        word.append(variable: "ID")
        word.append("_2&bang=!&cost=$5")
        #expect(word.quoted == #""https://x/a?q=it's&id=${ID}_2&bang="'!'"&cost=\$5""#)
        #expect(TryItMaker.variables(in: word.quoted) == ["ID"])
    }
}
