import Foundation

/// "Did you mean" over a set of candidates that is asked many times (every page's slug,
/// every operation's path). A word within k edits of a candidate keeps all but at most 4k
/// of its three-letter pieces in it (a swap touches four), so it shares at least one of any
/// 4k + 1 of them: the
/// candidates holding the rarest few pieces are the only ones compared, first for one edit,
/// then two, up to the limit, and each comparison stops once the limit is passed. Work
/// grows with the diagnostics, not with them times the candidates. The pieces are indexed
/// on the first question, so a clean check pays nothing.
struct SuggestionIndex: Sendable {
    private struct Candidate: Sendable {
        var original: String
        var scalars: [Unicode.Scalar]
    }

    /// Built once, on the first question, and shared by the threads that ask.
    private final class Pieces: @unchecked Sendable {
        let lock = NSLock()
        var candidates: [Candidate] = []
        /// Candidates (by index) holding each three-letter piece.
        var postings: [UInt64: [Int]] = [:]
        var isBuilt = false
    }

    private let words: [String]
    private let pieces = Pieces()

    /// Words longer than this get no suggestion: a fix that far off is no help, and
    /// comparing long strings whole is what made checks slow.
    static let longestWord = 64
    private static let pieceLength = 3

    init<S: Sequence>(_ candidates: S) where S.Element == String {
        words = Array(candidates)
    }

    /// How many edits a word of this length may be off: a third of it, at least one.
    static func limit(for length: Int) -> Int { max(1, length / 3) }

    private func built() -> Pieces {
        pieces.lock.lock()
        defer { pieces.lock.unlock() }
        guard !pieces.isBuilt else { return pieces }
        pieces.candidates = Set(words).sorted().compactMap { word in
            let scalars = Array(word.lowercased().unicodeScalars)
            return scalars.count <= Self.longestWord + Self.limit(for: Self.longestWord) ? Candidate(original: word, scalars: scalars) : nil
        }
        if pieces.candidates.count > Self.smallSet {
            for (index, candidate) in pieces.candidates.enumerated() {
                for piece in Set(Self.pieces(of: candidate.scalars)) { pieces.postings[piece, default: []].append(index) }
            }
        }
        pieces.isBuilt = true
        return pieces
    }

    /// Each run of three scalars as one number (21 bits each).
    private static func pieces(of scalars: [Unicode.Scalar]) -> [UInt64] {
        guard scalars.count >= pieceLength else { return [] }
        return (0...(scalars.count - pieceLength)).map { start in
            UInt64(scalars[start].value) << 42 | UInt64(scalars[start + 1].value) << 21 | UInt64(scalars[start + 2].value)
        }
    }

    /// Below this many candidates, comparing with each costs less than indexing pieces.
    private static let smallSet = 64

    /// The candidate fewest edits away, within the limit; of equals, the first by name.
    func closest(to word: String) -> String? {
        let scalars = Array(word.lowercased().unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= Self.longestWord else { return nil }
        let index = built()
        let limit = Self.limit(for: word.count)
        // The word's pieces, rarest first (a piece no candidate holds rules nothing out).
        let rarest = Self.pieces(of: scalars).map { ($0, index.postings[$0]?.count ?? 0) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        var rows = Rows()
        for edits in 0...limit {
            // A swap of neighbours touches one piece more than any other edit.
            let needed = edits * (Self.pieceLength + 1) + 1
            let candidates: [Int]
            if needed <= rarest.count, index.candidates.count > Self.smallSet {
                var union = Set<Int>()
                for (piece, _) in rarest.prefix(needed) { union.formUnion(index.postings[piece] ?? []) }
                candidates = union.sorted()
            } else {
                // Too short to rule anything out by pieces: every candidate of a near length.
                candidates = Array(index.candidates.indices)
            }
            var best: Int?
            for position in candidates where abs(index.candidates[position].scalars.count - scalars.count) <= edits {
                guard Self.distance(scalars, index.candidates[position].scalars, atMost: edits, rows: &rows) != nil else { continue }
                if best.map({ index.candidates[position].original < index.candidates[$0].original }) ?? true { best = position }
            }
            // None was within fewer edits, so all found here are exactly this many away.
            if let best { return index.candidates[best].original }
        }
        return nil
    }

    /// The three rows of the distance table, kept between comparisons.
    struct Rows {
        var previous2: [Int] = []
        var previous: [Int] = []
        var current: [Int] = []
    }

    /// The optimal string alignment distance (a swap of neighbours is one edit), or nil as
    /// soon as it must exceed `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        var rows = Rows()
        return distance(a, b, atMost: limit, rows: &rows)
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int, rows: inout Rows) -> Int? {
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        let width = b.count + 1
        if rows.current.count < width {
            rows = Rows(previous2: Array(repeating: 0, count: width), previous: Array(repeating: 0, count: width), current: Array(repeating: 0, count: width))
        }
        for j in 0..<width { rows.previous[j] = j }
        for i in 1...a.count {
            rows.current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(rows.previous[j] + 1, rows.current[j - 1] + 1, rows.previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, rows.previous2[j - 2] + 1) }
                rows.current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            // Every later row is at least this row's smallest value.
            if rowMinimum > limit { return nil }
            swap(&rows.previous2, &rows.previous)
            swap(&rows.previous, &rows.current)
        }
        return rows.previous[b.count] <= limit ? rows.previous[b.count] : nil
    }
}
