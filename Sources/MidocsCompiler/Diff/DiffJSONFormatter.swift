import Foundation

/// The changes as JSON for tools; `Sources/MidocsCompiler/Diff/diff.schema.json` is its schema.
struct DiffJSONFormatter {
    let report: DiffReport

    struct Document: Encodable {
        var formatVersion = 1
        var old: String
        var new: String
        var summary: [String: Int]
        var changes: [Change]
    }

    struct Change: Encodable {
        var id: String
        var kind: String
        var level: String
        var operation: String?
        var message: String
        var location: SourceLocation?
        var acceptedBecause: String?
    }

    func render() -> String {
        var summary = Dictionary(uniqueKeysWithValues: APIChange.Level.allCases.map { level in
            (level.rawValue, report.counted.filter { $0.level == level }.count)
        })
        summary["accepted"] = report.changes.count - report.counted.count
        let document = Document(
            old: report.old, new: report.new, summary: summary,
            changes: report.changes.map {
                Change(
                    id: $0.id, kind: $0.kind, level: $0.level.rawValue, operation: $0.operation, message: $0.message,
                    location: $0.location.map { report.prefixed($0) }, acceptedBecause: $0.ignoredBecause)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }
}
