import Mustache

/// The theme's Mustache templates, parsed once for every page. A theme without templates
/// (no templates folder, as `check` and `swift` may run) parses none and renders no page.
struct PageTemplates: Sendable {
    private let library: MustacheLibrary?

    init(_ theme: Theme, diagnostics: inout [Diagnostic]) {
        library = theme.templates.isEmpty ? nil : Self.makeLibrary(theme, diagnostics: &diagnostics)
    }

    func render(_ view: PageView) -> String? {
        library?.render(view, withTemplate: "page")
    }

    private static func makeLibrary(_ theme: Theme, diagnostics: inout [Diagnostic]) -> MustacheLibrary? {
        var library = MustacheLibrary()
        // Every template switches to the faster escaping (Mustache starts each partial with
        // its own); one that does not parse is parsed as written, for its error.
        _ = TemplateHTMLEscaping.registered
        for (name, text) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                do {
                    try library.register(TemplateHTMLEscaping.pragma + text, named: name)
                } catch {
                    try library.register(text, named: name)
                }
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .invalidTemplate,
                        message: "template '\(name).mustache' does not parse: \(error)",
                        range: SourceRange(start: SourceLocation(file: "templates/\(name).mustache", line: 1, column: 1), length: 0)))
                return nil
            }
        }
        guard library.getTemplate(named: "page") != nil else {
            diagnostics.append(
                Diagnostic(.error, code: .missingTemplate, message: "the templates folder has no 'page.mustache'; add it", range: nil))
            return nil
        }
        return library
    }
}
