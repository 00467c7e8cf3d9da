/// Finds pages the site configuration names (in its groups or `llmsOptional`) but content/
/// lacks, and pages it leaves out.
struct NavigationMismatch {
    let configuration: SiteConfiguration

    func check(_ spec: Spec) -> [Diagnostic] {
        let slugs = Set(spec.pages.map(\.slug))
        let listed = configuration.groups.flatMap(\.pages)
        let location = SourceLocation(file: SiteConfiguration.fileName, line: 1, column: 1)
        var diagnostics: [Diagnostic] = []
        for slug in listed where !slugs.contains(slug) {
            let suggestion = Suggestion.closest(to: slug, among: slugs)
            diagnostics.append(
                Diagnostic(
                    .warning, code: .unknownNavigationPage,
                    message: "the navigation lists '\(slug)' but there is no '\(slug).md'"
                        + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                    range: SourceRange(start: location, length: 0)))
        }
        for slug in configuration.llmsOptional ?? [] where !slugs.contains(slug) {
            let suggestion = Suggestion.closest(to: slug, among: slugs)
            diagnostics.append(
                Diagnostic(
                    .warning, code: .unknownNavigationPage,
                    message: "llmsOptional lists '\(slug)' but there is no '\(slug).md'"
                        + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                    range: SourceRange(start: location, length: 0)))
        }
        guard !configuration.groups.isEmpty else { return diagnostics }
        for page in spec.pages where !listed.contains(page.slug) {
            diagnostics.append(
                Diagnostic(
                    .warning, code: .pageNotInNavigation,
                    message: "page '\(page.slug)' is in no navigation group; add it to \(SiteConfiguration.fileName)",
                    range: SourceRange(start: page.location, length: 0)))
        }
        return diagnostics
    }
}
