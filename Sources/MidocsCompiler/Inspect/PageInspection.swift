/// How midocs read one page (`midocs inspect`): each block and what it became, the
/// operations with what they hold, and the lines that look like a request but were not
/// read as one, each with the reason. This is how a docs team learns what to change.
public struct PageInspection: Sendable {
    public struct Block: Sendable, Hashable {
        public var location: SourceLocation
        /// "heading 2", "paragraph", "table", "code (json)", ...
        public var kind: String
        /// The block's first words.
        public var excerpt: String
        /// What it became: "operation orders.list-orders", "parameters of ...", "prose".
        public var reading: String
    }

    /// A line that looks like a request (`POST /orders`, `curl -X POST ...`) but declares
    /// no operation of the page.
    public struct Miss: Sendable, Hashable {
        public var location: SourceLocation
        public var line: String
        public var reason: String
    }

    public var page: Page
    public var blocks: [Block]
    public var operations: [Operation]
    public var misses: [Miss]
    public var diagnostics: [Diagnostic]

    /// The report as `midocs inspect` prints it.
    public var text: String {
        var lines = ["\(page.file): \"\(page.title)\" (page \(page.slug))", "", "Blocks"]
        for block in blocks {
            let place = "\(block.location.line):\(block.location.column)".padding(toLength: 8, withPad: " ", startingAt: 0)
            let what = "\(block.kind) \(block.excerpt)".padding(toLength: 52, withPad: " ", startingAt: 0)
            lines.append("  \(place)\(what) → \(block.reading)")
        }
        lines += ["", "Operations (\(operations.count))"]
        for operation in operations {
            let method = operation.method?.rawValue ?? "(no method)"
            let url = operation.url?.description ?? "(no URL)"
            lines.append("  \(operation.id)  \(method) \(url)  [\(operation.location.line):\(operation.location.column)]")
            for parameter in operation.parameters {
                let required = parameter.isRequired.map { $0 ? "required" : "optional" } ?? "required unknown"
                let type = parameter.type?.description ?? (parameter.typeName.isEmpty ? "no type" : "'\(parameter.typeName)'")
                lines.append("    parameter \(parameter.name): \(parameter.placement.rawValue), \(required), \(type)")
            }
            for response in operation.responses {
                let status = response.status.map { " \($0)" } ?? ""
                lines.append(
                    "    response \(response.outcome.rawValue)\(status): \(response.fields.count) field(s), \(response.examples.count) example(s), \(response.delivery.rawValue)")
            }
            if !operation.scopes.isEmpty { lines.append("    scopes \(operation.scopes.map { String($0.id) }.joined(separator: ", "))") }
        }
        lines += ["", "Looks like a request, not read as one (\(misses.count))"]
        for miss in misses {
            lines.append("  \(miss.location.line):\(miss.location.column)  \(miss.line)")
            lines.append("      \(miss.reason)")
        }
        lines += ["", "Diagnostics (\(diagnostics.count))"]
        for diagnostic in diagnostics {
            let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
            lines.append("  \(place)  \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
