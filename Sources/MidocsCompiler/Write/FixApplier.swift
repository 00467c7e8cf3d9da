import Foundation

/// Applies the machine-applicable fixes of diagnostics to the content files in place, for
/// `midocs check --fix`. Overlapping fixes keep the first; each file is written once.
public struct FixApplier: Sendable {
    /// One replacement made, for the report.
    public struct Change: Sendable, Hashable {
        public var location: SourceLocation
        public var original: String
        public var replacement: String
    }

    public var contentFolder: URL

    public init(contentFolder: URL) {
        self.contentFolder = contentFolder
    }

    public func apply(_ diagnostics: [Diagnostic]) throws -> [Change] {
        let fixIts = diagnostics.flatMap(\.fixIts)
        var changes: [Change] = []
        for (file, fileFixIts) in Dictionary(grouping: fixIts, by: \.range.file).sorted(by: { $0.key < $1.key }) {
            let url = contentFolder.appendingPathComponent(file)
            var bytes = Array(try Data(contentsOf: url))
            let lineStarts = Self.lineStarts(bytes)
            var edits: [(range: Range<Int>, replacement: String, location: SourceLocation)] = []
            for fixIt in fileFixIts {
                guard let start = Self.offset(fixIt.range.start, lineStarts, bytes.count),
                    let end = Self.offset(fixIt.range.end, lineStarts, bytes.count), start <= end
                else { continue }
                let range = start..<end
                guard !edits.contains(where: { $0.range.overlaps(range) || $0.range == range }) else { continue }
                edits.append((range, fixIt.replacement, fixIt.range.start))
            }
            // From the end of the file backwards, so earlier offsets stay valid.
            for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                let original = String(decoding: bytes[edit.range], as: UTF8.self)
                bytes.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
                changes.append(Change(location: edit.location, original: original, replacement: edit.replacement))
            }
            if !edits.isEmpty { try Data(bytes).write(to: url, options: .atomic) }
        }
        return changes.sorted { $0.location < $1.location }
    }

    private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
    }

    private static func offset(_ location: SourceLocation, _ lineStarts: [Int], _ count: Int) -> Int? {
        guard location.line >= 1, location.line <= lineStarts.count else { return nil }
        let offset = lineStarts[location.line - 1] + location.column - 1
        return offset <= count ? offset : nil
    }
}
