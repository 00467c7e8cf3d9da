/// Checks the spec model for what a reader or an integrator would trip over.
public struct Validator: Sendable {
    public var configuration: SiteConfiguration
    public var assetPaths: Set<String>

    public init(configuration: SiteConfiguration, assetPaths: Set<String>) {
        self.configuration = configuration
        self.assetPaths = assetPaths
    }

    public func validate(_ spec: Spec) -> [Diagnostic] {
        let index = SpecIndex(spec)
        var diagnostics: [Diagnostic] = []
        diagnostics += BrokenLink(index: index, assetPaths: assetPaths).check(spec)
        diagnostics += NavigationMismatch(configuration: configuration).check(spec)
        return diagnostics
    }
}
