import Mustache

/// A string a template prints. Before printing a value, Mustache asks whether it is a
/// template, something renderable, a lambda or an optional, and then describes it; a value
/// that says how it renders is answered at the second question.
struct TemplateText: MustacheCustomRenderable {
    let renderText: String
    /// An empty string still opens a section, as a plain string would.
    var isNull: Bool { false }

    init(_ text: String) {
        renderText = text
    }
}
