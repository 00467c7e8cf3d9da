/// Finds pages whose slugs differ only in case: `FAQ.md` and `faq.md` would overwrite each
/// other on a case-insensitive disk, and links to them are ambiguous.
struct DuplicateSlug {
    func check(_ spec: Spec) -> [Diagnostic] {
        var first: [String: Page] = [:]
        var diagnostics: [Diagnostic] = []
        for page in spec.pages {
            let key = page.slug.lowercased()
            if let earlier = first[key] {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .duplicateSlug,
                        message: "pages '\(earlier.slug)' and '\(page.slug)' differ only in case; rename one",
                        range: SourceRange(start: page.location, length: 1),
                        notes: [Diagnostic.Note("'\(earlier.slug)' is here", at: earlier.location)]))
            } else {
                first[key] = page
            }
        }
        return diagnostics
    }
}
