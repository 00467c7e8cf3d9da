import Mustache

/// Renders every page through the theme's templates into the files of the static site.
struct SiteEmitter {
    let spec: Spec
    let configuration: SiteConfiguration
    let theme: Theme
    /// Which blocks are rendered from the model, by file and where they start.
    var blockRoles: [String: [SourceLocation: BlockRole]] = [:]

    /// What emitting the site gives: the files, template problems, and every page's HTML
    /// with its key, for the next rebuild to reuse.
    struct Result {
        var outputs: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var pages: [String: RenderedPage] = [:]
        /// The pages rendered rather than taken from `previous`, by output path.
        var remade: Set<String> = []
        /// The look-ups made from the model, for a rebuild whose model is the same.
        var context: Context?
    }

    /// What every page's rendering looks up, made once from the model.
    struct Context: Sendable {
        var navigation: Navigation
        var model: ModelHTML
        var pagesBySlug: [String: Page]
        var operationsByPage: [String: [Operation]]
        /// The files that hold the scope or error table, and what those tables show.
        var tableFiles: Set<String>
        var tables: ModelHTML.Tables?
    }

    func makeContext() -> Context {
        let model = ModelHTML(spec: spec)
        let tableFiles = Set(
            blockRoles.compactMap { file, roles in roles.values.contains { $0 == .scopeTable || $0 == .errorTable } ? file : nil })
        return Context(
            navigation: Navigation(spec: spec, configuration: configuration), model: model,
            pagesBySlug: Dictionary(spec.pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first }),
            operationsByPage: Dictionary(grouping: spec.operations, by: \.page),
            tableFiles: tableFiles, tables: tableFiles.isEmpty ? nil : model.makeTables())
    }

    /// `previous` holds pages rendered by an earlier build with the same templates and
    /// configuration; a page whose key is unchanged is reused, not rendered. With
    /// `onlyChanged`, the model is the one `previous` was rendered from, and every other
    /// page is reused without looking at it, and `context` is the one made for `previous`.
    /// With a `sink`, each file goes there as soon as it is made and `Result` holds none,
    /// nor any page (a streaming build is a one-off); the pages then come from `source`
    /// when there is one, which lets go of each page once it is taken.
    func emit(
        _ documents: [MarkdownDocument], assets: [Asset], previous: [String: RenderedPage] = [:], onlyChanged: Set<String>? = nil,
        context earlierContext: Context? = nil, sink: (any OutputSink)? = nil, source: DocumentWindows? = nil
    ) -> Result {
        var result = Result()
        guard let library = makeLibrary(diagnostics: &result.diagnostics) else { return result }
        let context = onlyChanged != nil ? earlierContext ?? makeContext() : makeContext()
        result.context = context
        let (navigation, model, pagesBySlug) = (context.navigation, context.model, context.pagesBySlug)
        let (operationsByPage, tableFiles, tables) = (context.operationsByPage, context.tableFiles, context.tables)
        // When the model changed but not what the chrome and the links show, the last
        // build's are taken: the same storage, so comparing keys stops at once.
        let sameChrome = onlyChanged == nil && earlierContext.map { navigation.showsTheSame(as: $0.navigation) } == true
        let links = earlierContext.flatMap { $0.model.links == model.links ? $0.model.links : nil } ?? model.links

        func render(_ document: MarkdownDocument) -> (RenderedPage, Bool)? {
            guard let page = pagesBySlug[document.file.slug] else { return nil }
            let reused = previous[page.outputPath]
            let chrome = (sameChrome ? reused.map { Chrome.of($0.key) } : nil) ?? makeChrome(page, navigation: navigation)
            let key = PageRenderKey(
                source: document.file.text, page: page, operations: operationsByPage[page.slug] ?? [], links: links,
                tables: tableFiles.contains(page.file) ? tables : nil,
                navigation: chrome.navigation, previous: chrome.previous, next: chrome.next)
            if let reused, reused.key == key { return (reused, false) }
            let view = makeView(page, document: document, chrome: chrome, model: model)
            return library.render(view, withTemplate: "page").map { (RenderedPage(key: key, file: OutputFile(path: page.outputPath, text: $0)), true) }
        }
        if let sink {
            // A window of pages at a time, so that only a window is held in memory while
            // the pages before it are being written.
            let windows = source ?? DocumentWindows(.held(documents))
            while case let window = windows.take(256), !window.isEmpty {
                let rendered = window.parallelMap(render)
                guard !rendered.contains(where: { $0 == nil }) else {
                    result.diagnostics.append(missingTemplate("page"))
                    return result
                }
                for case let (page, _)? in rendered { sink.accept(page.file) }
            }
            for file in copiedFiles(assets) { sink.accept(file) }
            return result
        }
        // Pages render independently, on every core; with `onlyChanged`, only those.
        let rendered = (onlyChanged.map { changed in documents.filter { changed.contains($0.file.path) } } ?? documents).parallelMap(render)
        guard !rendered.contains(where: { $0 == nil }) else {
            result.diagnostics.append(missingTemplate("page"))
            return result
        }
        var pages = onlyChanged == nil ? [:] : previous
        for case let (page, isNew)? in rendered {
            pages[page.file.path] = page
            if isNew { result.remade.insert(page.file.path) }
        }
        result.pages = pages
        var outputs = documents.compactMap { pagesBySlug[$0.file.slug].flatMap { pages[$0.outputPath]?.file } }
        outputs += copiedFiles(assets)
        result.outputs = outputs.sorted { $0.path < $1.path }
        return result
    }

    /// The theme's static files and the content's assets, copied as they are.
    private func copiedFiles(_ assets: [Asset]) -> [OutputFile] {
        (theme.staticFiles + assets).map { OutputFile(path: $0.path, data: $0.data) }
    }

    /// The parts of a page that come from the site's order of pages.
    private struct Chrome {
        var navigation: [PageView.NavigationGroup]
        var previous: PageView.PagerLink?
        var next: PageView.PagerLink?

        /// The chrome a page was rendered with.
        static func of(_ key: PageRenderKey) -> Chrome {
            Chrome(navigation: key.navigation, previous: key.previous, next: key.next)
        }
    }

    private func makeChrome(_ page: Page, navigation: Navigation) -> Chrome {
        let position = navigation.positions[page.slug]
        return Chrome(
            navigation: navigation.groups.map { group in
                let shown = Self.visiblePages(of: group.pages, at: group.positions[page.slug])
                return PageView.NavigationGroup(
                    title: group.title,
                    pages: shown.map {
                        PageView.NavigationItem(title: $0.title, href: $0.outputPath, isCurrent: $0.slug == page.slug)
                    },
                    hiddenCount: group.pages.count - shown.count, hasHidden: group.pages.count > shown.count)
            },
            previous: position.flatMap { $0 > 0 ? pagerLink(navigation.order[$0 - 1]) : nil },
            next: position.flatMap { $0 + 1 < navigation.order.count ? pagerLink(navigation.order[$0 + 1]) : nil })
    }

    private func makeView(_ page: Page, document: MarkdownDocument, chrome: Chrome, model: ModelHTML) -> PageView {
        let headingIDs = Dictionary(page.headings.map { ($0.location, $0.id) }, uniquingKeysWith: { first, _ in first })
        let rewrite: (String) -> String = { Self.siteDestination($0, onPage: page.slug) }
        let inline = MarkdownHTMLRenderer(rewriteDestination: rewrite, highlight: { language, code in SyntaxHighlighter.highlight(code, language: language) })
        let renderInline: (String) -> String = { markdown in
            let parsed = MarkdownDocument(parsing: SourceFile(path: page.file, text: markdown))
            return parsed.blocks.map { $0.kind == .paragraph ? inline.render($0.children) : inline.render($0) }.joined()
        }
        let roles = blockRoles[page.file] ?? [:]
        var renderer = MarkdownHTMLRenderer(
            headingIDs: headingIDs, rewriteDestination: rewrite,
            overrideBlock: { node in
                roles[node.range.start].flatMap {
                    model.html(for: $0, headingID: headingIDs[node.range.start], headingNode: node, renderInline: renderInline)
                }
            },
            highlight: { language, code in SyntaxHighlighter.highlight(code, language: language) })
        renderer.makesScrollingBlocksFocusable = true
        renderer.tableLabels = MarkdownHTMLRenderer.tableLabels(in: document.root)
        let toc = page.headings.filter { $0.level == 2 || $0.level == 3 }.map {
            PageView.TableOfContentsEntry(id: $0.id, title: $0.title, isSubsection: $0.level == 3)
        }
        return PageView(
            siteTitle: configuration.title,
            pageTitle: page.title,
            slug: page.slug,
            pageKind: page.kind.rawValue,
            content: renderer.render(document.root),
            navigation: chrome.navigation,
            toc: toc,
            hasToc: !toc.isEmpty,
            previous: chrome.previous,
            next: chrome.next)
    }

    /// Groups up to this size are listed whole in every page's sidebar.
    static let sidebarLimit = 40

    /// A large group shows only the pages around the current one (or its first pages), so
    /// the sidebar stays small however many pages a site has.
    static func visiblePages(of pages: [Page], at position: Int?) -> ArraySlice<Page> {
        guard pages.count > sidebarLimit else { return pages[...] }
        let position = position ?? 0
        let start = min(max(position - sidebarLimit / 2, 0), pages.count - sidebarLimit)
        return pages[start..<(start + sidebarLimit)]
    }

    /// `scope-list.md#scope-table` becomes `scope-list.html#scope-table`; files and other
    /// sites are left as written.
    static func siteDestination(_ destination: String, onPage slug: String) -> String {
        guard case .page(let target, let fragment) = Link.target(of: destination, onPage: slug) else {
            return destination
        }
        let anchor = fragment.map { "#\($0)" } ?? ""
        if destination.hasPrefix("#") { return anchor }
        return "\(target).html\(anchor)"
    }

    private func pagerLink(_ page: Page) -> PageView.PagerLink {
        PageView.PagerLink(title: page.title, href: page.outputPath)
    }

    private func makeLibrary(diagnostics: inout [Diagnostic]) -> MustacheLibrary? {
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
            diagnostics.append(missingTemplate("page"))
            return nil
        }
        return library
    }

    private func missingTemplate(_ name: String) -> Diagnostic {
        Diagnostic(
            .error, code: .missingTemplate,
            message: "the templates folder has no '\(name).mustache'; add it",
            range: nil)
    }
}
