/// The templates folder: Mustache templates by name, and the static files the site ships.
public struct Theme: Sendable {
    /// Template text by name: `page.mustache` is `page`.
    public var templates: [String: String]
    /// Files under `templates/static/`, with paths relative to `templates/`.
    public var staticFiles: [Asset]

    public init(templates: [String: String], staticFiles: [Asset]) {
        self.templates = templates
        self.staticFiles = staticFiles
    }
}
