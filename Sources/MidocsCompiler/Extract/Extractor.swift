/// Turns parsed documents into the typed spec model. Reads on after a mistake, which it
/// reports as a diagnostic.
public struct Extractor: Sendable {
    public var configuration: SiteConfiguration
    /// The service's profile named in the configuration, whose reader sees every block first.
    var profile: Profile? { configuration.profile.flatMap(Profile.named) }

    public init(configuration: SiteConfiguration) {
        self.configuration = configuration
    }

    public func extract(_ documents: [MarkdownDocument], diagnostics: inout [Diagnostic]) -> Spec {
        extractWithRoles(documents, diagnostics: &diagnostics).spec
    }

    /// The spec, and the role each block plays for the site.
    func extractWithRoles(_ documents: [MarkdownDocument], diagnostics: inout [Diagnostic]) -> Extraction {
        // Pages are read independently, on every core; the results are merged in order.
        merge(documents.parallelMap(extractPage), diagnostics: &diagnostics)
    }

    /// One page's own facts, read without looking at any other page.
    func extractPage(_ document: MarkdownDocument) -> PageExtraction {
        var pageDiagnostics: [Diagnostic] = []
        let page = PageExtractor(configuration: configuration).extract(document, diagnostics: &pageDiagnostics)
        let headingIDs = Dictionary(page.headings.map { ($0.location, $0.id) }, uniquingKeysWith: { first, _ in first })
        let server = configuration.servers.first.flatMap(OperationURL.init(parsing:))
        var reader = OperationExtractor(document: document, headingIDs: headingIDs, server: server)
        var found = reader.extract(document.blocks, profileReader: profile?.makeReader(), diagnostics: &pageDiagnostics)
        let blocks = GitBookAPIMethod.operations(in: document.file)
        if !blocks.isEmpty {
            // The page's endpoints are its GitBook blocks: a section with neither method nor URL
            // ("Example Request") shows one of them, and is no operation of its own.
            found.removeOperations(Set(found.operations.filter { $0.url == nil && $0.method == nil }.map(\.id)))
        }
        found.operations += blocks
        return PageExtraction(page: page, found: found, diagnostics: pageDiagnostics)
    }

    /// The pages' facts as one model: sorted, with what needs every page resolved.
    func merge(_ perPage: [PageExtraction], diagnostics: inout [Diagnostic]) -> Extraction {
        var pages: [Page] = []
        var operations: [Operation] = []
        var scopes: [Scope] = []
        var errorCodes: [ErrorCode] = []
        var profileFacts = profile?.noFacts ?? ProfileFacts()
        var blockRoles: [String: [SourceLocation: BlockRole]] = [:]
        for extraction in perPage {
            let found = extraction.found
            diagnostics += extraction.diagnostics
            pages.append(extraction.page)
            operations += found.operations
            scopes += found.scopes
            errorCodes += found.errorCodes
            profileFacts.merge(found.profileFacts)
            // Taken as it is (shared, not copied) unless a file somehow gave two pages.
            if blockRoles[extraction.page.file] == nil {
                blockRoles[extraction.page.file] = found.blockRoles
            } else {
                blockRoles[extraction.page.file]?.merge(found.blockRoles) { first, _ in first }
            }
        }
        // An operation cites an error code when its section writes one the table has.
        let knownCodes = Set(errorCodes.map(\.code))
        // Only an operation that cites a code the table lacks is changed.
        for index in operations.indices where !operations[index].errorCodes.allSatisfy(knownCodes.contains) {
            operations[index].errorCodes = operations[index].errorCodes.filter(knownCodes.contains)
        }
        let spec = Spec(
            title: configuration.title ?? pages.first { $0.slug == "index" }?.title ?? "Documentation",
            pages: pages.sorted { $0.slug < $1.slug },
            operations: DiscriminatorResolver.resolve(operations.sorted { $0.location < $1.location }),
            scopes: scopes.sorted { ($0.id, $0.location) < ($1.id, $1.location) },
            errorCodes: errorCodes.sorted { ($0.code, $0.location) < ($1.code, $1.location) },
            profileFacts: profileFacts, profile: profile?.name)
        var withServers = spec
        withServers.servers = configuration.servers
        return Extraction(spec: withServers, blockRoles: blockRoles)
    }
}
