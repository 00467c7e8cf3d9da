/// `.midocs-diff-ignore`: changes a team has accepted, one id a line with the reason after
/// `#`; blank lines and lines starting with `#` are comments. An id without a reason is
/// refused: an accepted breaking change needs one.
///
///     parameter-added-required:open-api.get-the-user-profile:lang  # announced in the 2.0 notes
public struct DiffIgnoreList: Sendable, Equatable {
    public struct Problem: Error, CustomStringConvertible {
        public let line: Int
        public let text: String
        public var description: String { "line \(line): '\(text)' has no reason; write `ID  # why it is accepted`" }
    }

    /// Reasons by change id.
    public let reasons: [String: String]

    public init(parsing text: String) throws(Problem) {
        var reasons: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let parts = line.split(separator: "#", maxSplits: 1)
            let id = parts[0].trimmingCharacters(in: .whitespaces)
            let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            guard !reason.isEmpty else { throw Problem(line: index + 1, text: line) }
            reasons[id] = reason
        }
        self.reasons = reasons
    }

    public init() {
        reasons = [:]
    }

    /// The changes with `ignoredBecause` set for those the list accepts.
    public func apply(to changes: [APIChange]) -> [APIChange] {
        changes.map { change in
            var change = change
            change.ignoredBecause = reasons[change.id]
            return change
        }
    }
}
