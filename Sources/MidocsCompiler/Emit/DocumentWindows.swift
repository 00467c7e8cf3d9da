import Foundation

/// The pages a streaming build renders, handed out a window at a time, so that only one
/// window's trees are held while the pages before it are written. With `checks`, each
/// window is checked as it is parsed, and none is handed out after one fails.
final class DocumentWindows: @unchecked Sendable {
    private let trees: PageTrees
    private let checks: PageChecks?
    private var next = 0
    private let lock = NSLock()

    init(_ trees: PageTrees, checks: PageChecks? = nil) {
        self.trees = trees
        self.checks = checks
    }

    /// The next `count` pages (fewer at the end, none when all were taken or a check failed).
    func take(_ count: Int) -> [MarkdownDocument] {
        while true {
            let range = lock.withLock {
                let end = min(next + count, trees.count)
                defer { next = end }
                return next..<end
            }
            guard !range.isEmpty else { return [] }
            let documents = trees.documents(in: range)
            guard let checks, !checks.check(documents) else { return documents }
            // Failed: the rest are checked, not rendered.
        }
    }
}
