/// Colours code blocks when the site is built, so pages need no script to show them.
///
/// `highlight("[1, null]", language: "json")` is
/// `[<span class="tok-number">1</span>, <span class="tok-literal">null</span>]`.
///
/// The result is the inside of a `<code>` element: the code with `&`, `<`, `>` and `"`
/// escaped, and each token in a `<span class="tok-KIND">`, never nested (the kinds are
/// `TokenKind`'s cases). Removing the tags and unescaping gives back the code exactly.
/// Each highlighter looks at every scalar a fixed number of times and never recurses, so
/// code of any shape, however broken or deeply nested, costs time in proportion to its length.
enum SyntaxHighlighter {
    /// The highlighted code, or nil for a language it does not know, which the caller then
    /// escapes plainly. Language names are info-string names in any case: `json`, `http`,
    /// `shell` (or `sh`, `bash`, `console`, `shell-session`), `java`, `xml` (or `html`) and
    /// `swift`.
    static func highlight(_ code: String, language: String) -> String? {
        let highlight: (inout HighlightScanner) -> Void
        switch language.lowercased() {
        case "json": highlight = JSONHighlighter.highlight(into:)
        case "http": highlight = HTTPHighlighter.highlight(into:)
        case "shell", "sh", "bash", "console", "shell-session": highlight = ShellHighlighter.highlight(into:)
        case "java": highlight = JavaHighlighter.highlight(into:)
        case "xml", "html": highlight = XMLHighlighter.highlight(into:)
        case "swift": highlight = SwiftHighlighter.highlight(into:)
        default: return nil
        }
        var scanner = HighlightScanner(code)
        highlight(&scanner)
        return scanner.html
    }
}
