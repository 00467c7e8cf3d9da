/// Finds a parameter table that lists one name twice in one place (`name` in the path and
/// in the body are two parameters; a name told again in another block is merged when read).
struct DuplicateParameter {
    func check(_ spec: Spec) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for operation in spec.operations {
            var seen: [String: Parameter] = [:]
            for parameter in operation.parameters {
                let key = "\(parameter.placement.rawValue) \(parameter.name)"
                guard let first = seen[key] else {
                    seen[key] = parameter
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
