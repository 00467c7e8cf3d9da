/// What extraction produces: the spec model, and for the site, the role of each block the
/// model was read from, by file and then by where the block starts (kept by file, so that a
/// rebuild does not merge every page's roles into one table again).
struct Extraction: Sendable {
    var spec: Spec
    var blockRoles: [String: [SourceLocation: BlockRole]]
}
