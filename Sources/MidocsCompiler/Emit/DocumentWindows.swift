import Foundation

/// The parsed pages of a one-off build, handed out a window at a time and let go once
/// taken: after its page is written nothing needs a page's tree, and a build of 10,000
/// pages need not hold them all while it writes the last ones.
final class DocumentWindows: @unchecked Sendable {
    private var documents: [MarkdownDocument?]
    private var next = 0
    private let lock = NSLock()

    init(_ documents: consuming [MarkdownDocument]) {
        self.documents = documents.map { $0 }
    }

    /// The next `count` pages (fewer at the end, none when all were taken).
    func take(_ count: Int) -> [MarkdownDocument] {
        lock.withLock {
            let end = min(next + count, documents.count)
            defer { next = end }
            return (next..<end).map { index in
                defer { documents[index] = nil }
                return documents[index]!
            }
        }
    }
}
