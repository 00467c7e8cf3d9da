/// Look-ups over a spec built once, so that a check never searches every page per link.
struct SpecIndex {
    let pagesBySlug: [String: Page]
    let headingIDsBySlug: [String: Set<String>]
    let scopesByID: [Int: Scope]
    let errorCodesByCode: [Int: ErrorCode]

    init(_ spec: Spec) {
        pagesBySlug = Dictionary(spec.pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        headingIDsBySlug = pagesBySlug.mapValues { Set($0.headings.map(\.id)) }
        scopesByID = Dictionary(spec.scopes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        errorCodesByCode = Dictionary(spec.errorCodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
