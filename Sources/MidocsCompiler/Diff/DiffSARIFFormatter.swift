import Foundation

/// The changes as a SARIF 2.1.0 log, so code-scanning tools show them on the lines of the
/// pull request: breaking is `error`, warning `warning`, info `note`; accepted changes carry
/// a suppression with their reason. Rules are the change kinds.
struct DiffSARIFFormatter {
    let report: DiffReport

    func render() -> String {
        let kinds = Array(Set(report.changes.map(\.kind))).sorted()
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                [
                    "tool": [
                        "driver": [
                            "name": "midocs-diff",
                            "rules": kinds.map { ["id": $0, "shortDescription": ["text": $0.replacingOccurrences(of: "-", with: " ")]] },
                        ]
                    ],
                    "results": report.changes.map { result($0, ruleIndex: kinds.firstIndex(of: $0.kind) ?? 0) },
                ] as [String: Any]
            ],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func result(_ change: APIChange, ruleIndex: Int) -> [String: Any] {
        var result: [String: Any] = [
            "ruleId": change.kind,
            "ruleIndex": ruleIndex,
            "level": ["breaking": "error", "warning": "warning", "info": "note"][change.level.rawValue]!,
            "message": ["text": change.message],
            "partialFingerprints": ["midocsChangeId": change.id],
        ]
        if let location = change.location.map(report.prefixed) {
            result["locations"] = [
                ["physicalLocation": ["artifactLocation": ["uri": location.file], "region": ["startLine": location.line]]]
            ]
        }
        if let reason = change.ignoredBecause {
            result["suppressions"] = [["kind": "external", "justification": reason]]
        }
        return result
    }
}
