import Testing

@testable import MidocsCompiler

/// Labels are normalized byte by byte when the line is ASCII; both ways give the same words.
struct LabelTests {
    @Test(arguments: [
        "Request URL:", "  REQUEST   url :", "Parameters\t:", "scope:\n", ":", "", "   ", "Token_Type: mac",
        "HTTP Method", "a:b:c", "\u{0B}Response\u{0C}",
    ])
    func asciiLinesNormalizeAsWords(_ line: String) {
        #expect(Label.normalizeASCII(line) == Label.normalizeWords(line))
    }

    @Test func nonASCIILinesKeepTheirLetters() {
        #expect(Label.normalize("RÉPONSE :  Succès") == "réponse succès")
        #expect(Label(normalized: Label.normalize("  Request  URL: ")) == Label(normalized: "request url"))
    }
}
