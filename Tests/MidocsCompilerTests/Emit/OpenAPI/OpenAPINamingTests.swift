import Testing

@testable import MidocsCompiler

/// OpenAPI names are made byte by byte when the text is ASCII; both ways give the same name.
struct OpenAPINamingTests {
    @Test(arguments: [
        "Get the phone number and e-mail address", "get-the-user-profile", "/oauth2/token", "2fa code", "ABC def",
        "  ", "", "x_y.z", "Refresh an access token (grant_type=refresh_token)", "a1b2 C3",
    ])
    func asciiTextIsNamedAsWords(_ text: String) {
        #expect(OpenAPINaming.upperCamelASCII(text) == OpenAPINaming.upperCamelWords(text))
    }

    @Test func namesKeepTheirShape() {
        #expect(OpenAPINaming.upperCamel("Get the user profile") == "GetTheUserProfile")
        #expect(OpenAPINaming.lowerCamel("/oauth2/token") == "oauth2Token")
        #expect(OpenAPINaming.upperCamel("çà") == "Unnamed")
    }
}
