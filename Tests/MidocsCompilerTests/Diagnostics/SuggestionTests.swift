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

    /// The index of pieces answers as comparing with every candidate would: the fewest
    /// edits within the limit, the first by name among equals.
    @Test func theIndexAgreesWithComparingEveryCandidate() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcde/-1")
        func word(_ length: Int) -> String { String((0..<length).map { _ in letters.randomElement(using: &generator)! }) }
        let candidates = (0..<400).map { _ in word(Int.random(in: 3...12, using: &generator)) }
        let index = SuggestionIndex(candidates)
        for _ in 0..<300 {
            let query = word(Int.random(in: 1...14, using: &generator))
            let limit = SuggestionIndex.limit(for: query.count)
            let expected = candidates.sorted().map { ($0, Suggestion.editDistance(query.lowercased(), $0.lowercased())) }
                .filter { $0.1 <= limit }.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
            #expect(index.closest(to: query) == expected, "\(query)")
        }
    }

    @Test func leavesLongWordsWithoutASuggestion() {
        let long = String(repeating: "a", count: 100)
        #expect(SuggestionIndex([long + "b"]).closest(to: long) == nil)
    }
}
