/// Finds links to pages, anchors and files that do not exist.
struct BrokenLink {
    let index: SpecIndex
    let assetPaths: Set<String>

    func check(_ spec: Spec) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for page in spec.pages {
            for link in page.links {
                if let diagnostic = check(link) { diagnostics.append(diagnostic) }
            }
        }
        return diagnostics
    }

    private func check(_ link: Link) -> Diagnostic? {
        switch link.target {
        case .external:
            return nil
        case .file(let path):
            guard !Self.fileExists(path, assetPaths: assetPaths, index: index) else { return nil }
            return Diagnostic(
                .error, code: .missingFile,
                message: "'\(path)' is not in the content folder; add the file or fix the path",
                range: link.range)
        case .page(let slug, let fragment):
            guard let target = index.pagesBySlug[slug] else {
                let suggestion = index.slugSuggestions.closest(to: slug)
                return Diagnostic(
                    .error, code: .brokenLink,
                    message: "no page '\(slug)'" + (suggestion.map { "; did you mean '\($0).md'?" } ?? ""),
                    range: link.range)
            }
            guard let fragment, !fragment.isEmpty else { return nil }
            let ids = index.headingIDsBySlug[slug] ?? []
            guard !ids.contains(fragment) else { return nil }
            let suggestion = Suggestion.closest(to: fragment, among: ids)
            return Diagnostic(
                .error, code: .brokenAnchor,
                message: "page '\(slug)' has no heading with id '\(fragment)'"
                    + (suggestion.map { "; did you mean '#\($0)'?" } ?? ""),
                range: link.range,
                notes: [Diagnostic.Note("page '\(slug)' is here", at: target.location)])
        }
    }

    /// A file of the content folder, or a page named without its extension (`guide/auth`
    /// for `guide/auth.md`, as docsify links are written).
    static func fileExists(_ path: String, assetPaths: Set<String>, index: SpecIndex) -> Bool {
        assetPaths.contains(path) || Link.page(named: path, in: index.pagesBySlug) != nil
    }
}
