/// Finds scope-table rows that name an API path no operation has. Paths compare exactly;
/// one that differs only in case gets a did-you-mean and a fix.
struct UnknownScopeAPI {
    func check(_ spec: Spec) -> [Diagnostic] {
        let paths = Set(spec.operations.compactMap { $0.url?.path })
        var diagnostics: [Diagnostic] = []
        // Made once: a table with hundreds of stale rows asks for hundreds of suggestions.
        var byLowercased: [String: String] = [:]
        for path in paths.sorted() where byLowercased[path.lowercased()] == nil { byLowercased[path.lowercased()] = path }
        let suggestions = SuggestionIndex(paths)
        for scope in spec.scopes {
            for api in scope.apis where api.isPath && !paths.contains(api.name) {
                let suggestion = byLowercased[api.name.lowercased()] ?? suggestions.closest(to: api.name)
                diagnostics.append(
                    Diagnostic(
                        .error, code: .unknownScopeAPI,
                        message: "scope \(scope.id) names '\(api.name)', which no operation has"
                            + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                        range: api.range,
                        fixIts: suggestion.map { [Diagnostic.FixIt(range: api.range, replacement: $0)] } ?? []))
            }
        }
        return diagnostics
    }
}
