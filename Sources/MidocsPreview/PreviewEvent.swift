/// What the preview tells open pages, as a server-sent event.
public enum PreviewEvent: Sendable, Equatable {
    /// Sent first on every stream, so a page knows it is connected and stays as it is.
    case hello(generation: Int)
    /// A rebuild wrote the site: pages reload.
    case reload(generation: Int, summary: String)
    /// The docs have errors: pages show them over the content until a build succeeds.
    case errors(generation: Int, text: String)
    /// A comment that keeps idle connections open through proxies and finds closed ones.
    case keepAlive

    /// The event in the `text/event-stream` format: one `data:` line per line of text.
    public var encoded: String {
        switch self {
        case .hello(let generation): return Self.event("hello", generation, "\(generation)")
        case .reload(let generation, let summary): return Self.event("reload", generation, summary)
        case .errors(let generation, let text): return Self.event("errors", generation, text)
        case .keepAlive: return ": keep-alive\n\n"
        }
    }

    private static func event(_ name: String, _ generation: Int, _ data: String) -> String {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)" }
        return "event: \(name)\nid: \(generation)\n" + lines.joined(separator: "\n") + "\n\n"
    }
}
