/// One difference between two versions of the docs' API, as `midocs diff` reports it: what
/// changed, how much it matters to an integrator, and where (in the new docs, or the old
/// ones for what was removed).
public struct APIChange: Sendable, Hashable, Codable {
    /// Breaking: integrators' code stops working. Warning: it may. Info: nothing breaks.
    public enum Level: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
        case info, warning, breaking

        public static func < (lhs: Level, rhs: Level) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Stable across runs: the kind, then what it is about, `parameter-became-required:open-api.get-the-user-profile:token`.
    public var id: String
    /// `parameter-became-required`.
    public var kind: String
    public var level: Level
    /// The operation's id, when the change is about one.
    public var operation: String?
    public var message: String
    public var location: SourceLocation?
    /// Why the change is accepted, from `.midocs-diff-ignore`; nil when it is not.
    public var ignoredBecause: String?

    public init(kind: String, level: Level, subject: [String], operation: String? = nil, message: String, location: SourceLocation?) {
        self.id = ([kind] + subject).joined(separator: ":")
        self.kind = kind
        self.level = level
        self.operation = operation
        self.message = message
        self.location = location
        self.ignoredBecause = nil
    }
}
