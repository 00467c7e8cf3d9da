/// Checks the spec model and the pages for what a reader or an integrator would trip over.
/// Each check is a small type named after what it finds.
public struct Validator: Sendable {
    public var configuration: SiteConfiguration
    public var assetPaths: Set<String>

    public init(configuration: SiteConfiguration, assetPaths: Set<String>) {
        self.configuration = configuration
        self.assetPaths = assetPaths
    }

    public func validate(_ spec: Spec, _ documents: [MarkdownDocument]) -> [Diagnostic] {
        let context = CheckContext(spec: spec, documents: documents)
        var diagnostics: [Diagnostic] = []
        diagnostics += BrokenLink(index: context.index, assetPaths: assetPaths).check(spec)
        diagnostics += NavigationMismatch(configuration: configuration).check(spec)
        diagnostics += DuplicateSlug().check(spec)
        diagnostics += DuplicateHeadingID().check(spec)
        diagnostics += NestingTooDeep().check(documents)
        diagnostics += MalformedTableRow().check(context)
        diagnostics += UnknownScope().check(spec)
        diagnostics += UnknownScopeAPI().check(spec)
        diagnostics += UnusedScope().check(spec)
        diagnostics += DuplicateErrorCode().check(spec)
        diagnostics += UnknownErrorCode().check(context)
        diagnostics += IncompleteOperation().check(spec)
        diagnostics += DuplicateOperation().check(spec)
        diagnostics += DuplicateParameter().check(spec)
        diagnostics += JSONExampleMismatch().check(context)
        diagnostics += RedirectExampleMismatch().check(context)
        diagnostics += SignatureMismatch().check(spec)
        diagnostics += RedirectURIExampleMismatch().check(spec)
        return diagnostics
    }
}
