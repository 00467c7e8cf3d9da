/// Look-ups over a spec built once, so that a check never searches every page per link.
struct SpecIndex {
    let pagesBySlug: [String: Page]
    /// For "did you mean" on links to missing pages.
    let slugSuggestions: SuggestionIndex
    let headingIDsBySlug: [String: Set<String>]
    let scopesByID: [Int: Scope]
    let errorCodesByCode: [Int: ErrorCode]
    /// Grouped once, so that checking a window of pages does not filter the whole spec.
    let pagesByFile: [String: [Page]]
    let operationsByFile: [String: [Operation]]

    /// With `earlier`, the index of the last build: a page whose headings are the same keeps
    /// its set of anchors, which the validation cache then compares by identity, not by
    /// every member.
    init(_ spec: Spec, reusing earlier: SpecIndex? = nil) {
        pagesBySlug = Dictionary(spec.pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let slugs = pagesBySlug.keys
        if let earlier, earlier.pagesBySlug.count == slugs.count, slugs.allSatisfy({ earlier.pagesBySlug[$0] != nil }) {
            slugSuggestions = earlier.slugSuggestions
        } else {
            slugSuggestions = SuggestionIndex(slugs)
        }
        let tableSlugs = Set((spec.scopes.map(\.location.file) + spec.errorCodes.map(\.location.file)).map(SourceFile.slug(ofPath:)))
        var anchors = [String: Set<String>](minimumCapacity: pagesBySlug.count)
        for (slug, page) in pagesBySlug {
            if !tableSlugs.contains(slug), let earlier, let old = earlier.pagesBySlug[slug], old.headings == page.headings, old.anchors == page.anchors,
                let ids = earlier.headingIDsBySlug[slug]
            {
                anchors[slug] = ids
            } else {
                anchors[slug] = Set(page.headings.map(\.id) + (page.anchors ?? []))
            }
        }
        // The scope and error tables give each row an anchor too: scope-4, error-96013.
        for scope in spec.scopes { anchors[SourceFile.slug(ofPath: scope.location.file), default: []].insert(ModelHTML.scopeAnchor(scope.id)) }
        for error in spec.errorCodes { anchors[SourceFile.slug(ofPath: error.location.file), default: []].insert(ModelHTML.errorAnchor(error.code)) }
        headingIDsBySlug = anchors
        scopesByID = Dictionary(spec.scopes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        errorCodesByCode = Dictionary(spec.errorCodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        pagesByFile = Dictionary(grouping: spec.pages, by: \.file)
        operationsByFile = Dictionary(grouping: spec.operations, by: \.location.file)
    }
}
