/// "Did you mean": the closest candidate by edit distance, when it is close enough. For a
/// set asked many times, build a `SuggestionIndex` once instead.
public enum Suggestion {
    public static func closest<S: Sequence>(to word: String, among candidates: S) -> String?
    where S.Element == String {
        SuggestionIndex(candidates).closest(to: word)
    }

    /// Edit distance counting a swap of two neighbours as one edit ("fqa" is one from
    /// "faq"): the optimal string alignment distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        return SuggestionIndex.distance(a, b, atMost: max(a.count, b.count)) ?? max(a.count, b.count)
    }
}
