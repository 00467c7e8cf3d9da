/// One finding about the docs: what is wrong, where, and how to fix it.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// Another place that helps explain the diagnostic: "first declared here".
    public struct Note: Sendable, Hashable, Codable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// A machine-applicable edit: replace the text in `range` with `replacement`.
    public struct FixIt: Sendable, Hashable, Codable {
        public var range: SourceRange
        public var replacement: String

        public init(range: SourceRange, replacement: String) {
            self.range = range
            self.replacement = replacement
        }
    }

    public var severity: Severity
    /// The kind of finding; JSON and SARIF print its kebab-case name, such as `unknown-scope`.
    public var code: DiagnosticCode
    public var message: String
    public var range: SourceRange?
    public var notes: [Note]
    public var fixIts: [FixIt]

    public init(
        _ severity: Severity, code: DiagnosticCode, message: String, range: SourceRange?,
        notes: [Note] = [], fixIts: [FixIt] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.range = range
        self.notes = notes
        self.fixIts = fixIts
    }

    public var location: SourceLocation? { range?.start }
}

extension Array where Element == Diagnostic {
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file and position, then code and message, without repeats.
    public func sortedAndUnique() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return filter { seen.insert($0).inserted }.sorted { lhs, rhs in
            let left = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
            let right = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
            if left != right { return left < right }
            if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
            return lhs.message < rhs.message
        }
    }
}
