/// Compiler-style lines grouped by operation:
///
///     open-api.get-the-user-profile: Get the user profile (GET https://open.account.xiaomi.com/user/profile)
///       open-api.md:48:3: breaking: the required parameter 'lang' was added [parameter-added-required:...]
struct DiffTextFormatter {
    let report: DiffReport

    func render() -> String {
        var lines = ["midocs diff \(report.old) → \(report.new)"]
        for group in report.groups {
            if let id = group.operation, let operation = report.operations[id] {
                lines.append("\(id): \(operation.title) (\(operation.line))")
            } else {
                lines.append("tables and pages:")
            }
            for change in group.changes {
                let place = change.location.map { "\(report.prefixed($0)): " } ?? ""
                let accepted = change.ignoredBecause.map { " (accepted: \($0))" } ?? ""
                lines.append("  \(place)\(change.level.rawValue): \(change.message) [\(change.id)]\(accepted)")
            }
        }
        if report.changes.isEmpty { lines.append("no API changes") }
        lines.append(report.summary)
        return lines.joined(separator: "\n") + "\n"
    }
}
