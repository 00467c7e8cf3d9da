import Foundation

/// The page checks of a one-off build that streams, run by the page emitter on each window
/// of pages as it parses them, so that a page is parsed once for both. Once a window has an
/// error no page is rendered any more (the build will write nothing), but every page is
/// still checked, so that every diagnostic is reported.
final class PageChecks: @unchecked Sendable {
    private let validator: Validator
    private let spec: Spec
    private let index: SpecIndex
    private let policy: DiagnosticPolicy
    private let lock = NSLock()
    // Guarded by `lock`.
    private var found: [Diagnostic] = []
    private var failed = false

    init(validator: Validator, spec: Spec, policy: DiagnosticPolicy) {
        self.validator = validator
        self.spec = spec
        self.index = SpecIndex(spec)
        self.policy = policy
    }

    /// Checks `documents`; true while no window checked so far has an error.
    func check(_ documents: [MarkdownDocument]) -> Bool {
        let diagnostics = validator.checkPages(documents, of: spec, index: index)
        let fails = policy.apply(diagnostics).containsErrors
        return lock.withLock {
            found += diagnostics
            failed = failed || fails
            return !failed
        }
    }

    /// What the checks found, as found (the policy not yet applied).
    var diagnostics: [Diagnostic] { lock.withLock { found } }
}
