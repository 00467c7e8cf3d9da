/// Changes the severity of diagnostics by code, as DocC's `--Werror=` does: make a warning
/// an error, an error a warning, or ignore a code. Set in site.yml and on the command line.
///
///     diagnostics:
///       error: [unused-scope]
///       ignore: [duplicate-heading-id]
public struct DiagnosticPolicy: Sendable, Hashable, Codable {
    public var error: [String]
    public var warning: [String]
    public var ignore: [String]

    public init(error: [String] = [], warning: [String] = [], ignore: [String] = []) {
        self.error = error
        self.warning = warning
        self.ignore = ignore
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        error = try container.decodeIfPresent([String].self, forKey: .error) ?? []
        warning = try container.decodeIfPresent([String].self, forKey: .warning) ?? []
        ignore = try container.decodeIfPresent([String].self, forKey: .ignore) ?? []
    }

    /// This policy with `other` laid over it: a code `other` names takes its severity there.
    public func merging(_ other: DiagnosticPolicy) -> DiagnosticPolicy {
        let named = Set(other.error + other.warning + other.ignore)
        return DiagnosticPolicy(
            error: error.filter { !named.contains($0) } + other.error,
            warning: warning.filter { !named.contains($0) } + other.warning,
            ignore: ignore.filter { !named.contains($0) } + other.ignore)
    }

    public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let errors = Set(error)
        let warnings = Set(warning)
        let ignored = Set(ignore)
        return diagnostics.compactMap { diagnostic in
            var diagnostic = diagnostic
            if ignored.contains(diagnostic.code.rawValue) { return nil }
            if errors.contains(diagnostic.code.rawValue) { diagnostic.severity = .error }
            if warnings.contains(diagnostic.code.rawValue) { diagnostic.severity = .warning }
            return diagnostic
        }
    }
}
