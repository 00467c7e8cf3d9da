/// Finds scopes no operation needs. A scope whose row names only services documented
/// elsewhere (`Mi Cloud`) is expected to be unused here; one that names a path of these
/// docs, or nothing at all, is not.
struct UnusedScope {
    func check(_ spec: Spec) -> [Diagnostic] {
        let used = Set(spec.operations.flatMap { $0.scopes.map(\.id) })
        return spec.scopes.compactMap { scope in
            guard !used.contains(scope.id) else { return nil }
            let paths = scope.apis.filter(\.isPath)
            guard scope.apis.isEmpty || !paths.isEmpty else { return nil }
            let message = paths.isEmpty
                ? "no operation needs scope \(scope.id) and its row names no API"
                : "scope \(scope.id) names \(paths.map { "'\($0.name)'" }.joined(separator: ", ")) but no operation needs it; "
                    + "add it to that operation's Scopes line"
            return Diagnostic(.warning, code: .unusedScope, message: message, range: SourceRange(start: scope.location, length: String(scope.id).utf8.count))
        }
    }
}
