/// Finds a parameter table that lists one name twice.
struct DuplicateParameter {
    func check(_ spec: Spec) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for operation in spec.operations {
            var seen: [String: Parameter] = [:]
            for parameter in operation.parameters {
                guard let first = seen[parameter.name] else {
                    seen[parameter.name] = parameter
                    continue
                }
                diagnostics.append(
                    Diagnostic(
                        .error, code: .duplicateParameter,
                        message: "'\(operation.title)' lists the parameter '\(parameter.name)' twice; keep one row",
                        range: SourceRange(start: parameter.location, length: parameter.name.utf8.count),
                        notes: [Diagnostic.Note("first listed here", at: first.location)]))
            }
        }
        return diagnostics
    }
}
