/// A span of a content file. The end is exclusive: `a` at column 5 is 5..<6.
public struct SourceRange: Sendable, Hashable, Codable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range that starts at `start` and covers `length` bytes of the same line.
    public init(start: SourceLocation, length: Int) {
        self.start = start
        self.end = SourceLocation(file: start.file, line: start.line, column: start.column + max(length, 0))
    }

    public var file: String { start.file }
}
