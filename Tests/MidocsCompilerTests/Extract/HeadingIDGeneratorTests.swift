import Testing

@testable import MidocsCompiler

struct HeadingIDGeneratorTests {
    @Test func followsGitHubsRule() {
        #expect(HeadingIDGenerator.slug("Get the Profile!") == "get-the-profile")
        #expect(HeadingIDGenerator.slug("2.1 Authorization code: `code` grant") == "21-authorization-code-code-grant")
        #expect(HeadingIDGenerator.slug("snake_case and kebab-case") == "snake_case-and-kebab-case")
        #expect(HeadingIDGenerator.slug("Ünïcode Ärger") == "ünïcode-ärger")
        #expect(HeadingIDGenerator.slug("a  b") == "a--b")
    }

    @Test func numbersRepeats() {
        var generator = HeadingIDGenerator()
        #expect(["Example", "Example", "Example", "Example 1"].map { generator.makeID(for: $0) }
            == ["example", "example-1", "example-2", "example-1-1"])
    }
}

/// The byte-level fast paths for ASCII text must agree with the Unicode rules they skip.
struct ASCIIFastPathTests {
    @Test func asciiSlugsFollowGitHubsRule() {
        #expect(HeadingIDGenerator.slug("Get an Access_Token (v2.0)!") == "get-an-access_token-v20")
        #expect(HeadingIDGenerator.slug("A\tB -- C") == "ab----c")
        #expect(HeadingIDGenerator.slug("Über Token") == "über-token")
    }

    static let mixedTitles = [
        "Get the Profile — v2", "ΟΔΟΣ Σ end", "İstanbul ẞ Straße", "Emoji 😀 and Ǆ digraph", "Tab\tand ١٢٣ digits",
        "Ünïcode Ärger (über)", "Join\u{200D}er and e\u{0301}", "plain ascii Title_1-2",
    ]

    /// Lowercasing character by character, ASCII as bytes, gives the standard library's text.
    @Test(arguments: mixedTitles)
    func lowercasingMatchesTheStandardLibrary(_ title: String) {
        #expect(title.lowercasedASCIIFirst() == title.lowercased())
    }

    /// The slug asks the Unicode tables only about non-ASCII characters; it gives what
    /// asking about every character gives.
    @Test(arguments: mixedTitles)
    func slugsOfMixedTitlesMatchTheUnicodeRule(_ title: String) {
        var expected = ""
        for scalar in title.lowercased().unicodeScalars {
            let properties = scalar.properties
            let isWord = properties.isAlphabetic || properties.isJoinControl
                || [.nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation].contains(properties.generalCategory)
            if scalar == " " {
                expected += "-"
            } else if scalar == "-" || isWord {
                expected.unicodeScalars.append(scalar)
            }
        }
        #expect(HeadingIDGenerator.slug(title) == expected)
    }

    @Test func trimmingTakesASCIIAndUnicodeSpaces() {
        #expect(" \t text \n".trimmingWhitespace() == "text")
        #expect("   ".trimmingWhitespace() == "")
        #expect(" é ".trimmingWhitespace() == "é")
        #expect("\u{00A0}x\u{2003}".trimmingWhitespace() == "x")
        #expect(" \u{00A0} x".trimmingWhitespace() == "x")
    }
}

struct ContainsBytesTests {
    @Test func findsByteSequencesAnywhere() {
        #expect("grant_type=renew".containsBytes("grant_type"))
        #expect("the value is fixed".containsBytes("fixed"))
        #expect(!"fixe".containsBytes("fixed"))
        #expect("Überfixed".containsBytes("fixed"))
        #expect("x".containsBytes(""))
        #expect(!"".containsBytes("a"))
    }
}
