import Foundation

/// What `midocs diff` prints: the changes between two versions, named by where they came
/// from (`HEAD~3`, `content`, `old/spec.json`), in one of four formats.
public struct DiffReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown, sarif
    }

    public let old: String
    public let new: String
    public let changes: [APIChange]
    /// Put before each location's file, so it names the file from where the command runs: `content/`.
    public let pathPrefix: String
    /// Titles and request lines of the new (else old) operations, for grouping.
    let operations: [String: (title: String, line: String)]

    public init(old: String, new: String, changes: [APIChange], oldSpec: Spec, newSpec: Spec, pathPrefix: String = "") {
        self.old = old
        self.new = new
        self.changes = changes
        self.pathPrefix = pathPrefix
        var operations: [String: (title: String, line: String)] = [:]
        for operation in oldSpec.operations + newSpec.operations {
            operations[operation.id] = (operation.title, SpecDiffer.line(operation))
        }
        self.operations = operations
    }

    /// The changes that count: those not accepted in the ignore list.
    public var counted: [APIChange] { changes.filter { $0.ignoredBecause == nil } }

    /// Whether a change at `level` or above remains; nil never fails.
    public func fails(at level: APIChange.Level?) -> Bool {
        guard let level else { return false }
        return counted.contains { $0.level >= level }
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: return DiffTextFormatter(report: self).render()
        case .markdown: return DiffMarkdownFormatter(report: self).render()
        case .json: return DiffJSONFormatter(report: self).render()
        case .sarif: return DiffSARIFFormatter(report: self).render()
        }
    }

    func prefixed(_ location: SourceLocation) -> SourceLocation {
        var location = location
        location.file = pathPrefix + location.file
        return location
    }

    /// `2 breaking, 1 warning, 3 info (1 accepted)`.
    var summary: String {
        let counts = APIChange.Level.allCases.reversed().map { level in
            let count = counted.filter { $0.level == level }.count
            return level == .warning ? "\(count) warning\(count == 1 ? "" : "s")" : "\(count) \(level.rawValue)"
        }
        let accepted = changes.count - counted.count
        return counts.joined(separator: ", ") + (accepted > 0 ? " (\(accepted) accepted)" : "")
    }

    /// The changes grouped by operation (in order of their first change), then the rest.
    var groups: [(operation: String?, changes: [APIChange])] {
        var order: [String?] = []
        var grouped: [String?: [APIChange]] = [:]
        for change in changes {
            if grouped[change.operation] == nil { order.append(change.operation) }
            grouped[change.operation, default: []].append(change)
        }
        let operationsFirst = order.filter { $0 != nil } + order.filter { $0 == nil }
        return operationsFirst.map { ($0, grouped[$0]!) }
    }
}
