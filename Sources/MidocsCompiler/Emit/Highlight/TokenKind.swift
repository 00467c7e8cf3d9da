/// What a highlighted piece of code is; its raw value names the CSS class, so `.keyword`
/// becomes `<span class="tok-keyword">`.
enum TokenKind: String, Sendable, CaseIterable {
    case keyword
    /// A capitalised identifier in Java or Swift: `String`, `OAuthFuture`.
    case type
    case string
    case number
    case comment
    /// `true`, `false`, `null` and `nil`.
    case literal
    /// A JSON object key.
    case key
    /// An XML tag name.
    case tag
    /// An XML attribute name.
    case attribute
    /// An HTTP header name.
    case header
    /// The HTTP method in a request line.
    case method
    /// A leading `$ ` in a shell session.
    case prompt
    /// A shell `$VAR` or `${VAR}`.
    case variable
    /// `@Something` in Java or Swift.
    case annotation
    /// Text in front of a JSON example, such as the token endpoint's `&&&START&&&`.
    case prefix

    var className: String { "tok-" + rawValue }
}
