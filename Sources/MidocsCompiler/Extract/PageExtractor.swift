/// Reads a page's title, headings and links out of its Markdown tree.
struct PageExtractor {
    var configuration: SiteConfiguration

    func extract(_ document: MarkdownDocument, diagnostics: inout [Diagnostic]) -> Page {
        let slug = document.file.slug
        var generator = HeadingIDGenerator()
        var headings: [Heading] = []
        var links: [Link] = []
        document.root.walk { node in
            switch node.kind {
            case .heading(let level):
                let title = node.plainText.trimmingWhitespace()
                headings.append(
                    Heading(level: level, title: title, id: generator.makeID(for: title), location: node.range.start))
            case .link(let destination, _), .image(let destination, _):
                let isImage = if case .image = node.kind { true } else { false }
                links.append(
                    Link(
                        destination: destination, target: Link.target(of: destination, onPage: slug),
                        isImage: isImage, range: node.range))
            default:
                break
            }
        }
        let start = SourceLocation(file: document.file.path, line: 1, column: 1)
        // Legacy pages may open with a lower heading; it is their title.
        let titleHeading = headings.first { $0.level == 1 } ?? headings.first
        if titleHeading == nil {
            diagnostics.append(
                Diagnostic(
                    .warning, code: .missingTitle,
                    message: "page '\(slug)' has no heading, so its title is made from its file name; start it with '# Title'",
                    range: SourceRange(start: start, length: 0)))
        }
        return Page(
            slug: slug, title: titleHeading?.title ?? FileName.title(ofName: String(slug.split(separator: "/").last ?? "")),
            kind: configuration.group(of: slug)?.kind ?? .guide, file: document.file.path,
            headings: headings, links: links, location: titleHeading?.location ?? start)
    }
}
