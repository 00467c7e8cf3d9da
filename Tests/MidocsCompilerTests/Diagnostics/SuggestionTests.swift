import Testing

@testable import MidocsCompiler

struct SuggestionTests {
    @Test func countsASwapAsOneEdit() {
        #expect(Suggestion.editDistance("fqa", "faq") == 1)
        #expect(Suggestion.editDistance("request prams", "request params") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }

    @Test func suggestsOnlyWhatIsClose() {
        #expect(Suggestion.closest(to: "fqa", among: ["faq", "sdk", "index"]) == "faq")
        #expect(Suggestion.closest(to: "openIdV2", among: ["openidV2", "profile"]) == "openidV2")
        #expect(Suggestion.closest(to: "note", among: ["url", "method", "scope"]) == nil)
    }
}
