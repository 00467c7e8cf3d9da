/// What extraction produces: the spec model, and for the site, the role of each block the
/// model was read from, by where the block starts.
struct Extraction: Sendable {
    var spec: Spec
    var blockRoles: [SourceLocation: BlockRole]
}
