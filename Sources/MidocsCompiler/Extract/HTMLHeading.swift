/// A heading written as HTML (`<h2 id="1.1">获取配置</h2>`), as some docs do to set its id:
/// read as the Markdown heading it stands for.
enum HTMLHeading {
    /// The block as a heading node when it is one HTML heading alone; else the block itself.
    static func converted(_ block: MarkdownNode) -> MarkdownNode {
        guard case .htmlBlock(let html) = block.kind else { return block }
        // `<ApiEndpoint path="/api/events" method="get">` opens a section, as a heading would.
        // A self-closing one (`<RouteHighlighter method="GET" route="/x"/>`) only declares.
        if let found = HTMLEndpoint.endpoint(in: html), found.isElement, !html.trimmingWhitespace().hasSuffix("/>") {
            return heading(level: 6, title: "\(found.line.method.rawValue) \(found.line.url.path)", at: block)
        }
        let text = html.trimmingWhitespace()
        let bytes = Array(text.utf8)
        guard bytes.count > 9, bytes[0] == UInt8(ascii: "<"), bytes[1] | 0x20 == UInt8(ascii: "h"),
            let level = Int(String(UnicodeScalar(bytes[2]))), (1...6).contains(level),
            let open = text.firstIndex(of: ">"), text.lowercased().hasSuffix("</h\(level)>"), !text.contains("\n")
        else { return block }
        let inner = text[text.index(after: open)..<text.index(text.endIndex, offsetBy: -5)]
        // `Get Entry <a class="anchor" href="#...">¶</a>`: the permalink's mark is not the title's.
        let title = String(inner).replacingOccurrences(of: "<a [^>]*>[¶#§]</a>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression).trimmingWhitespace()
        guard !title.isEmpty else { return block }
        return heading(level: level, title: title, at: block)
    }

    private static func heading(level: Int, title: String, at block: MarkdownNode) -> MarkdownNode {
        var heading = block
        heading.kind = .heading(level: level)
        var child = block
        child.kind = .text(title)
        child.children = []
        heading.children = [child]
        return heading
    }

    /// The `id` attribute of an HTML heading, for its anchor.
    static func id(of html: String) -> String? {
        guard let range = html.range(of: #"id\s*=\s*["']([^"']+)["']"#, options: .regularExpression) else { return nil }
        let attribute = html[range]
        return attribute.split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first.map(String.init)
    }
}
