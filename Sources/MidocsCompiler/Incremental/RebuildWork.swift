/// What a compilation did again rather than reuse, for `watch` to report.
public struct RebuildWork: Sendable, Equatable {
    public var pages = 0
    public var parsed = 0
    public var rendered = 0
    /// Whether the model changed, so that spec.json, openapi.json and the search index were
    /// made again.
    public var modelOutputsRemade = false

    public init() {}

    /// `parsed 1, rendered 3 of 10000 pages; spec.json, openapi.json remade`.
    public var summary: String {
        var text = "parsed \(parsed), rendered \(rendered) of \(pages) page\(pages == 1 ? "" : "s")"
        if modelOutputsRemade { text += "; model changed: spec.json, openapi.json and search index remade" }
        return text
    }
}
