/// What a page is for, which decides how the site groups and renders it.
public enum PageKind: String, Sendable, Hashable, Codable, CaseIterable {
    case guide, operations, reference
}
