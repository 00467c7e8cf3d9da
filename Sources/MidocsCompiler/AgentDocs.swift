/// The docs as `midocs mcp` serves them to an AI agent: the checked model, what is wrong
/// with the docs, every page's Markdown twin in reading order, and llms.txt. Made even when
/// the docs have errors, since an agent is better served by docs with a mistake than by none.
public struct AgentDocs: Sendable {
    public var spec: Spec
    public var configuration: SiteConfiguration
    public var diagnostics: [Diagnostic]
    public var twins: [MarkdownTwin]
    /// llms.txt as the site has it.
    public var llmsText: String
}

/// The pipeline of `compile(_:)` (parse, extract, validate), then the twins and llms.txt
/// whatever the diagnostics; no page is rendered.
public func compileForAgents(_ content: Content) -> AgentDocs {
    var diagnostics = content.diagnostics
    let documents = content.files.parallelMap(MarkdownDocument.init(parsing:))
    let extraction = Extractor(configuration: content.configuration).extractWithRoles(documents, diagnostics: &diagnostics)
    diagnostics += Validator(content).validate(extraction.spec, documents)
    _ = PageTemplates(content.theme, diagnostics: &diagnostics)
    diagnostics = content.configuration.diagnostics.apply(diagnostics).sortedAndUnique()
    let emitter = MarkdownTwinEmitter(spec: extraction.spec, configuration: content.configuration, blockRoles: extraction.blockRoles)
    let twins = documents.parallelMap(emitter.makeTwin).compactMap { $0 }
    let order = Dictionary(Navigation(spec: extraction.spec, configuration: content.configuration).order.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
    let llms = LLMsTextEmitter(spec: extraction.spec, configuration: content.configuration)
    return AgentDocs(
        spec: extraction.spec, configuration: content.configuration, diagnostics: diagnostics,
        twins: twins.sorted { (order[$0.slug] ?? Int.max, $0.slug) < (order[$1.slug] ?? Int.max, $1.slug) },
        llmsText: llms.makeIndex(Dictionary(twins.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })))
}
