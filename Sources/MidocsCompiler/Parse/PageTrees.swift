/// The parsed pages the stages work through: held from parsing to rendering, or, in a
/// one-off build that streams, parsed again by each stage that needs them and let go at
/// once. Every page's tree held together took 320 MB at 10,000 pages; parsing a page three
/// times takes about a second more.
struct PageTrees: Sendable {
    private enum Storage: Sendable {
        case held([MarkdownDocument])
        case parsedAgain([SourceFile])
    }

    private let storage: Storage

    static func held(_ documents: [MarkdownDocument]) -> PageTrees {
        PageTrees(storage: .held(documents))
    }

    static func parsedAgain(_ files: [SourceFile]) -> PageTrees {
        PageTrees(storage: .parsedAgain(files))
    }

    var count: Int {
        switch storage {
        case .held(let documents): return documents.count
        case .parsedAgain(let files): return files.count
        }
    }

    /// The pages in `range`, parsed on all cores if they are not held.
    func documents(in range: Range<Int>) -> [MarkdownDocument] {
        switch storage {
        case .held(let documents): return Array(documents[range])
        case .parsedAgain(let files): return Array(files[range]).parallelMap(MarkdownDocument.init(parsing:))
        }
    }

    /// `transform` of every page, on all cores, in order; a page parsed again is let go as
    /// soon as it is transformed.
    func map<Result: Sendable>(_ transform: (MarkdownDocument) -> Result) -> [Result] {
        switch storage {
        case .held(let documents): return documents.parallelMap(transform)
        case .parsedAgain(let files): return files.parallelMap { transform(MarkdownDocument(parsing: $0)) }
        }
    }

    /// `transform` of the pages a window at a time, the windows' results joined in order.
    func flatMapWindows<Result>(of size: Int, _ transform: ([MarkdownDocument]) -> [Result]) -> [Result] {
        stride(from: 0, to: count, by: size).flatMap { start in
            transform(documents(in: start..<min(start + size, count)))
        }
    }
}
