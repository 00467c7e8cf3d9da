/// Reads a page's title, headings and links out of its Markdown tree.
struct PageExtractor {
    var configuration: SiteConfiguration

    func extract(_ document: MarkdownDocument, diagnostics: inout [Diagnostic]) -> Page {
        let slug = document.file.slug
        var generator = HeadingIDGenerator(scheme: configuration.anchors)
        var headings: [Heading] = []
        var links: [Link] = []
        var anchors: [String] = []
        document.root.walk { node in
            switch node.kind {
            case .heading(let level):
                let written = node.plainText.trimmingWhitespace()
                if let stated = HeadingIDGenerator.statedID(in: written) {
                    headings.append(Heading(level: level, title: stated.title, id: generator.use(stated.id), location: node.range.start))
                } else {
                    headings.append(Heading(level: level, title: written, id: generator.makeID(for: written), location: node.range.start))
                }
            case .link(let destination, _), .image(let destination, _):
                let isImage = if case .image = node.kind { true } else { false }
                links.append(
                    Link(
                        destination: destination, target: Link.target(of: destination, onPage: slug, scheme: configuration.anchors),
                        isImage: isImage, range: node.range))
            case .htmlBlock(let html), .htmlInline(let html):
                // Shown only under `rawHTML: github`; left out, it gives nothing to link to.
                guard configuration.rawHTML == .github else { break }
                let references = RawHTMLReferences(html)
                anchors += references.ids
                for (destination, isImage) in references.destinations where RawHTMLSanitizer.isSafe(destination, image: isImage) {
                    links.append(
                        Link(
                            destination: destination, target: Link.target(of: destination, onPage: slug, scheme: configuration.anchors), isImage: isImage,
                            range: Self.range(of: destination, in: html, at: node.range)))
                }
            default:
                break
            }
        }
        let start = SourceLocation(file: document.file.path, line: 1, column: 1)
        // Legacy pages may open with a lower heading; it is their title.
        let titleHeading = headings.first { $0.level == 1 } ?? (document.frontMatterTitle == nil ? headings.first : nil)
        if titleHeading == nil, document.frontMatterTitle == nil {
            diagnostics.append(
                Diagnostic(
                    .warning, code: .missingTitle,
                    message: "page '\(slug)' has no heading, so its title is made from its file name; start it with '# Title'",
                    range: SourceRange(start: start, length: 0)))
        }
        return Page(
            slug: slug,
            title: titleHeading?.title ?? document.frontMatterTitle ?? FileName.title(ofSlug: slug),
            kind: configuration.group(of: slug)?.kind ?? .guide, file: document.file.path,
            headings: headings, links: links, anchors: anchors.isEmpty ? nil : anchors, location: titleHeading?.location ?? start)
    }

    /// Where `text` is written inside raw HTML that starts at `block`: its line and column
    /// when found (a block's lines start at column 1), else the block's start.
    static func range(of text: String, in html: String, at block: SourceRange) -> SourceRange {
        guard let offset = html.byteOffset(of: text) else { return block }
        let before = html.utf8.prefix(offset)
        let newlines = before.count { $0 == UInt8(ascii: "\n") }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0
        let column = newlines == 0 ? block.start.column + offset : offset - lineStart + 1
        let start = SourceLocation(file: block.start.file, line: block.start.line + newlines, column: column)
        return SourceRange(start: start, length: text.utf8.count)
    }
}
