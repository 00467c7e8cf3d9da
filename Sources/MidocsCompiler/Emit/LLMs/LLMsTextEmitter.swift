/// `llms.txt` and `llms-full.txt`, laid out as the llms.txt proposal (llmstxt.org) asks:
///
///     # Mi Account developer documentation
///
///     > Mi Account is Xiaomi's OAuth 2.0 sign-in service: ...
///
///     ## Grants
///
///     - [Authorization code grant](https://dev.mi.com/docs/passport/authorization-code.html.md): The ...
///
///     ## Optional
///
///     - [SDK downloads](https://dev.mi.com/docs/passport/sdk.html.md): You can talk to ...
///
/// Each navigation group is a section of links to its pages' Markdown twins, with the
/// first sentence of each page; the guides an agent may skip go under `## Optional`.
/// llms-full.txt is every twin in navigation order.
struct LLMsTextEmitter: Sendable {
    static let indexPath = "llms.txt"
    static let fullTextPath = "llms-full.txt"

    let spec: Spec
    let configuration: SiteConfiguration
    private let navigation: Navigation
    private let address: SiteAddress
    /// The pages that hold operations, and the files that hold scope or error rows.
    private let pagesWithOperations: Set<String>
    private let filesWithReferenceRows: Set<String>
    /// Each listed page's kind, by the first group that lists it.
    private let kinds: [String: PageKind]

    init(spec: Spec, configuration: SiteConfiguration) {
        self.spec = spec
        self.configuration = configuration
        navigation = Navigation(spec: spec, configuration: configuration)
        address = SiteAddress(baseURL: configuration.baseURL, from: nil)
        pagesWithOperations = Set(spec.operations.map(\.page))
        filesWithReferenceRows = Set(spec.scopes.map(\.location.file) + spec.errorCodes.map(\.location.file))
        kinds = Dictionary(
            configuration.groups.flatMap { group in group.pages.map { ($0, group.kind) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Both files, leaving out one that `reserved` names: a file of the content folder
    /// (an llms.txt written by hand) is copied as it is instead.
    func emit(_ twins: [MarkdownTwin], reserved: Set<String>) -> [OutputFile] {
        let bySlug = Dictionary(twins.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var files: [OutputFile] = []
        if !reserved.contains(Self.indexPath) { files.append(OutputFile(path: Self.indexPath, text: makeIndex(bySlug))) }
        if !reserved.contains(Self.fullTextPath) { files.append(OutputFile(path: Self.fullTextPath, contents: makeFullText(bySlug))) }
        return files
    }

    func makeIndex(_ twins: [String: MarkdownTwin]) -> String {
        var lines = ["# " + MarkdownWriter.escaped(spec.title), ""]
        if let summary = summary(twins), !summary.isEmpty {
            lines += ["> " + summary, ""]
        }
        lines.append(
            "Each link below is a page's Markdown twin; the page itself is at the same address without `.md`. "
                + "[\(Self.fullTextPath)](\(address.url(Self.fullTextPath))) holds every page in one file.")
        var listed = Set<String>()
        var optional: [Page] = []
        for group in navigation.groups {
            var entries: [String] = []
            for page in group.pages where listed.insert(page.slug).inserted {
                if isOptional(page) {
                    optional.append(page)
                } else {
                    entries.append(entry(page, twins[page.slug]))
                }
            }
            guard !entries.isEmpty else { continue }
            lines += ["", "## " + MarkdownWriter.escaped(group.title), ""] + entries
        }
        lines += [
            "", "## API definitions", "",
            "- [OpenAPI document](\(address.url("openapi.json"))): every operation with its parameters and responses, as OpenAPI 3.1",
            "- [Spec model](\(address.url("spec.json"))): the model midocs checked the docs into (pages, operations, scopes, "
                + "error codes), described by spec.schema.json",
        ]
        if !optional.isEmpty {
            lines += ["", "## Optional", ""] + optional.map { entry($0, twins[$0.slug]) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every page's twin in reading order, one after the other.
    func makeFullText(_ twins: [String: MarkdownTwin]) -> ByteChunks {
        var bytes = ByteChunks()
        for (index, page) in navigation.order.enumerated() {
            guard let twin = twins[page.slug] else { continue }
            if index > 0 { bytes.append(UInt8(ascii: "\n")) }
            bytes.append(part: Array((twin.textFromTop ?? twin.text).utf8))
        }
        return bytes
    }

    /// site.yml's `summary:`, else the home page's first paragraph, on one line.
    private func summary(_ twins: [String: MarkdownTwin]) -> String? {
        let home = twins["index"] ?? navigation.order.first.flatMap { twins[$0.slug] }
        return (configuration.summary ?? home?.lead).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    /// `- [Title](url): the first sentence`.
    private func entry(_ page: Page, _ twin: MarkdownTwin?) -> String {
        let title = page.title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "[", with: "\\[")
            .replacingOccurrences(of: "]", with: "\\]")
        let link = "- [\(title)](\(MarkdownWriter.destination(address.url(MarkdownTwin.path(ofSlug: page.slug)))))"
        let description = twin?.description ?? ""
        return description.isEmpty ? link : link + ": " + description
    }

    /// A page an agent may skip: one site.yml's `llmsOptional:` lists; without that list, a
    /// page of a `guide` group other than the home page that holds no operation, scope or
    /// error code. Without groups no page says what it is, and none is taken for optional.
    func isOptional(_ page: Page) -> Bool {
        if let listed = configuration.llmsOptional { return listed.contains(page.slug) }
        guard kinds[page.slug] == .guide, page.slug != "index", page.slug != navigation.order.first?.slug
        else { return false }
        return !pagesWithOperations.contains(page.slug) && !filesWithReferenceRows.contains(page.file)
    }
}
