/// Release notes: breaking changes first, each under the operation it is about; accepted
/// changes are listed as they are, since integrators still need to know.
struct DiffMarkdownFormatter {
    let report: DiffReport

    func render() -> String {
        var lines = ["# API changes from \(report.old) to \(report.new)", "", report.summary]
        let sections: [(APIChange.Level, String)] = [
            (.breaking, "Breaking changes"), (.warning, "Changes that may affect you"), (.info, "Other changes"),
        ]
        for (level, title) in sections {
            let changes = report.changes.filter { $0.level == level }
            guard !changes.isEmpty else { continue }
            lines += ["", "## \(title)", ""]
            for change in changes {
                let subject = change.operation.flatMap { report.operations[$0] }.map { "**\(Self.escape($0.title))** (`\($0.line)`): " } ?? ""
                let accepted = change.ignoredBecause.map { " *Accepted: \(Self.escape($0)).*" } ?? ""
                lines.append("- \(subject)\(Self.escape(change.message)).\(accepted)")
            }
        }
        if report.changes.isEmpty { lines += ["", "No API changes."] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown's own characters in text from the docs stay text.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
