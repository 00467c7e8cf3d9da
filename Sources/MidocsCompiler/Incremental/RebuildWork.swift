/// What a compilation did again rather than reuse, for `watch` to report.
public struct RebuildWork: Sendable, Equatable {
    public var pages = 0
    public var parsed = 0
    public var rendered = 0
    /// Whether the model changed, so that its outputs were made again.
    public var modelChanged = false
    /// Those of the model's outputs (spec.json, openapi.json, search-index.js) whose bytes
    /// changed, sorted: moving text down a page changes spec.json's line numbers alone.
    public var modelFilesChanged: [String] = []

    public init() {}

    /// `parsed 1, rendered 1 of 10000 pages; model changed: spec.json written`.
    public var summary: String {
        var text = "parsed \(parsed), rendered \(rendered) of \(pages) page\(pages == 1 ? "" : "s")"
        if modelChanged {
            text += "; model changed: "
            switch modelFilesChanged.count {
            case 0: text += "its files are the same"
            case 1: text += "\(modelFilesChanged[0]) written"
            default: text += modelFilesChanged.dropLast().joined(separator: ", ") + " and \(modelFilesChanged.last!) written"
            }
        }
        return text
    }
}
