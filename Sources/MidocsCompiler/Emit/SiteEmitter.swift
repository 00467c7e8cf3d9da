/// Renders pages through the theme's templates into the HTML files of the static site.
struct SiteEmitter: Sendable {
    let spec: Spec
    let configuration: SiteConfiguration
    let templates: PageTemplates
    /// Which blocks are rendered from the model, by file and where they start.
    let blockRoles: [String: [SourceLocation: BlockRole]]
    let context: Context

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

    init(_ extraction: Extraction, content: Content, templates: PageTemplates) {
        self.init(
            spec: extraction.spec, configuration: content.configuration, templates: templates, blockRoles: extraction.blockRoles)
    }

    /// `context`, when given, is one made from the same spec and block roles.
    init(
        spec: Spec, configuration: SiteConfiguration, templates: PageTemplates, blockRoles: [String: [SourceLocation: BlockRole]],
        context: Context? = nil
    ) {
        self.spec = spec
        self.configuration = configuration
        self.templates = templates
        self.blockRoles = blockRoles
        self.context = context ?? Self.makeContext(spec, configuration: configuration, blockRoles: blockRoles)
    }

    private static func makeContext(
        _ spec: Spec, configuration: SiteConfiguration, blockRoles: [String: [SourceLocation: BlockRole]]
    ) -> Context {
        let model = ModelHTML(spec: spec, changedIn: configuration.changedIn)
        let tableFiles = Set(
            blockRoles.compactMap { file, roles in roles.values.contains { $0 == .scopeTable || $0 == .errorTable } ? file : nil })
        return Context(
            navigation: Navigation(spec: spec, configuration: configuration), model: model,
            pagesBySlug: Dictionary(spec.pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first }),
            operationsByPage: Dictionary(grouping: spec.operations, by: \.page),
            tableFiles: tableFiles, tables: tableFiles.isEmpty ? nil : model.makeTables())
    }

    /// The page's HTML file; nil for a document that is no page of the spec, or without templates.
    func render(_ document: MarkdownDocument) -> OutputFile? {
        key(for: document).flatMap { render(document, as: $0) }
    }

    /// The page's HTML file made from `key`, which `key(for:)` gave for this document.
    func render(_ document: MarkdownDocument, as key: PageRenderKey) -> OutputFile? {
        let chrome = Chrome(navigation: key.navigation, previous: key.previous, next: key.next)
        var model = context.model
        model.root = Link.root(of: key.page.slug)
        let view = makeView(key.page, document: document, chrome: chrome, model: model)
        return templates.render(view).map { OutputFile(path: key.page.outputPath, text: $0) }
    }

    /// Everything `render` reads for this document, to tell whether an earlier result holds.
    func key(for document: MarkdownDocument) -> PageRenderKey? {
        guard let page = context.pagesBySlug[document.file.slug] else { return nil }
        let chrome = makeChrome(page)
        let operations = context.operationsByPage[page.slug] ?? []
        return PageRenderKey(
            source: document.file.text, page: page, siteTitle: spec.title, operations: operations,
            swiftSnippets: operations.map { context.model.swiftSnippet(for: $0.id) },
            links: context.model.links, tables: context.tableFiles.contains(page.file) ? context.tables : nil,
            navigation: chrome.navigation, previous: chrome.previous, next: chrome.next)
    }

    /// The parts of a page that come from the site's order of pages.
    private struct Chrome {
        var navigation: [PageView.NavigationGroup]
        var previous: PageView.PagerLink?
        var next: PageView.PagerLink?
    }

    private func makeChrome(_ page: Page) -> Chrome {
        let navigation = context.navigation
        let position = navigation.positions[page.slug]
        let root = Link.root(of: page.slug)
        let pagerLink = { (target: Page) in PageView.PagerLink(title: target.title, href: root + target.outputPath) }
        return Chrome(
            navigation: navigation.groups.map { group in
                let shown = Self.visiblePages(of: group.pages, at: group.positions[page.slug])
                return PageView.NavigationGroup(
                    title: group.title,
                    pages: shown.map {
                        PageView.NavigationItem(title: $0.title, href: root + $0.outputPath, isCurrent: $0.slug == page.slug)
                    },
                    hiddenCount: group.pages.count - shown.count, hasHidden: group.pages.count > shown.count)
            },
            previous: position.flatMap { $0 > 0 ? pagerLink(navigation.order[$0 - 1]) : nil },
            next: position.flatMap { $0 + 1 < navigation.order.count ? pagerLink(navigation.order[$0 + 1]) : nil })
    }

    private func makeView(_ page: Page, document: MarkdownDocument, chrome: Chrome, model: ModelHTML) -> PageView {
        let headingIDs = Dictionary(page.headings.map { ($0.location, $0.id) }, uniquingKeysWith: { first, _ in first })
        let pages = context.pagesBySlug
        let scheme = configuration.anchors
        let rewrite: (String) -> String = { Self.siteDestination($0, onPage: page.slug, pages: pages, scheme: scheme) }
        let showsRawHTML = configuration.rawHTML == .github
        var inline = MarkdownHTMLRenderer(rewriteDestination: rewrite, highlight: { language, code in SyntaxHighlighter.highlight(code, language: language) })
        inline.rawHTML = showsRawHTML ? RawHTMLSanitizer(rewriteDestination: rewrite) : nil
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
        renderer.rawHTML = showsRawHTML ? RawHTMLSanitizer(rewriteDestination: rewrite) : nil
        renderer.tableLabels = MarkdownHTMLRenderer.tableLabels(in: document.root)
        let toc = page.headings.filter { $0.level == 2 || $0.level == 3 }.map {
            PageView.TableOfContentsEntry(id: $0.id, title: $0.title, isSubsection: $0.level == 3)
        }
        return PageView(
            siteTitle: spec.title,
            root: Link.root(of: page.slug),
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

    /// `scope-list.md#scope-table` becomes `scope-list.html#scope-table`, written from the
    /// page `slug` (`../scope-list.html` from `guide/auth`); a path that names a page without
    /// its extension (`guide/auth`, docsify's style) is that page. Files and other sites are
    /// left as written.
    static func siteDestination(
        _ destination: String, onPage slug: String, pages: [String: Page], scheme: HeadingIDScheme = .github
    ) -> String {
        let target = Link.target(of: destination, onPage: slug, scheme: scheme)
        switch target {
        case .page(let target, let fragment):
            let anchor = fragment.map { "#\($0)" } ?? ""
            if destination.hasPrefix("#"), target == slug { return anchor }
            return Link.root(of: slug) + target + ".html" + anchor
        case .file(let path):
            guard let page = Link.page(named: path, in: pages) else { return destination }
            let fragment = destination.firstIndex(of: "#").map { String(destination[$0...]) } ?? ""
            return Link.root(of: slug) + page + ".html" + fragment
        case .external:
            return destination
        }
    }
}
