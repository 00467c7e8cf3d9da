/// Everything the compiler reads from disk, loaded once so that every later stage is pure.
public struct Content: Sendable {
    public var files: [SourceFile]
    public var assets: [Asset]
    public var configuration: SiteConfiguration
    public var theme: Theme
    /// Problems found while loading, such as a file that is not UTF-8.
    public var diagnostics: [Diagnostic]

    public init(
        files: [SourceFile], assets: [Asset], configuration: SiteConfiguration, theme: Theme,
        diagnostics: [Diagnostic] = []
    ) {
        self.files = files
        self.assets = assets
        self.configuration = configuration
        self.theme = theme
        self.diagnostics = diagnostics
    }
}
