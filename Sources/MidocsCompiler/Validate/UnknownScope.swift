/// Finds operations that need a scope the scope table does not list.
struct UnknownScope {
    func check(_ spec: Spec) -> [Diagnostic] {
        let known = Set(spec.scopes.map(\.id))
        let tableNote = spec.scopes.first.map { [Diagnostic.Note("the scope table is here", at: $0.location)] } ?? []
        var diagnostics: [Diagnostic] = []
        for operation in spec.operations {
            for reference in operation.scopes where !known.contains(reference.id) {
                let listed = known.sorted().prefix(8).map(String.init).joined(separator: ", ")
                let message = known.isEmpty
                    ? "scope '\(reference.id)' cannot be checked: no page has a scope table (Scope | Grants access to | API)"
                    : "unknown scope '\(reference.id)'; the scope table has \(listed)\(known.count > 8 ? ", ..." : "")"
                diagnostics.append(
                    Diagnostic(.error, code: .unknownScope, message: message, range: reference.range, notes: tableNote))
            }
        }
        return diagnostics
    }
}
