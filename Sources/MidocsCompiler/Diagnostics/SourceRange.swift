/// A span of a content file. The end is exclusive: `a` at column 5 is 5..<6. A range lies
/// in one file: it is stored as the file and four 32-bit numbers (half the size of two
/// `SourceLocation`s), because every node of every parsed page carries one.
public struct SourceRange: Sendable, Hashable, Codable {
    public private(set) var file: String
    private var startLine: Int32
    private var startColumn: Int32
    private var endLine: Int32
    private var endColumn: Int32

    public init(start: SourceLocation, end: SourceLocation) {
        file = start.file
        startLine = Int32(clamping: start.line)
        startColumn = Int32(clamping: start.column)
        endLine = Int32(clamping: end.line)
        endColumn = Int32(clamping: end.column)
    }

    /// A range that starts at `start` and covers `length` bytes of the same line.
    public init(start: SourceLocation, length: Int) {
        self.init(start: start, end: SourceLocation(file: start.file, line: start.line, column: start.column + max(length, 0)))
    }

    public var start: SourceLocation {
        get { SourceLocation(file: file, line: Int(startLine), column: Int(startColumn)) }
        set { self = SourceRange(start: newValue, end: end) }
    }

    public var end: SourceLocation {
        get { SourceLocation(file: file, line: Int(endLine), column: Int(endColumn)) }
        set { self = SourceRange(start: start, end: newValue) }
    }

    // Encoded as the two locations it stands for, as before it was stored compactly.
    private enum CodingKeys: String, CodingKey {
        case start, end
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(start: try container.decode(SourceLocation.self, forKey: .start), end: try container.decode(SourceLocation.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
