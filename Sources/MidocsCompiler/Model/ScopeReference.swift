/// A scope id as an operation names it, remembering where, so a diagnostic can point at it.
public struct ScopeReference: Sendable, Hashable, Codable {
    public var id: Int
    public var range: SourceRange

    public init(id: Int, range: SourceRange) {
        self.id = id
        self.range = range
    }
}
