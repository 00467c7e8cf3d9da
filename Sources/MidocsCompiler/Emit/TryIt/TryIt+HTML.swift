extension TryIt {
    /// A `<details>` under the card, closed until asked for, with the code highlighted as the
    /// page's own code blocks are.
    var html: String {
        var html = "<details class=\"try-it\"><summary>Try it</summary>\n"
        html += callsSandbox ? "<p>With curl, against <code>midocs sandbox</code>" : "<p>With curl"
        if !variables.isEmpty {
            let names = variables.map { "<code>\(HTMLEscaping.escape($0))</code>" }
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
            html += "; set \(list) first"
        }
        html += ":</p>\n" + Self.codeBlock(curl, language: "sh")
        if let swift {
            html += "<p>With the generated Swift client:</p>\n" + Self.codeBlock(swift, language: "swift")
        }
        return html + "</details>\n"
    }

    private static func codeBlock(_ code: String, language: String) -> String {
        let text = SyntaxHighlighter.highlight(code, language: language) ?? HTMLEscaping.escape(code)
        return "<pre class=\"highlight\" tabindex=\"0\"><code class=\"language-\(language)\">\(text)</code></pre>\n"
    }
}
