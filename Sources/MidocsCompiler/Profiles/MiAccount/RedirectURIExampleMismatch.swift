import MiAccountRules

/// Checks each row of the redirect-URI table against the service's matching rule, the same
/// code the client runtime uses.
struct RedirectURIExampleMismatch {
    func check(_ spec: Spec) -> [Diagnostic] {
        spec.profileFacts.facts(RedirectURIExample.self).compactMap { example in
            let mismatch = RedirectURIRule.mismatch(example.requested, registered: example.registered)
            guard (mismatch == nil) != example.isAccepted else { return nil }
            let message = example.isAccepted
                ? "the table says '\(example.requested)' is accepted for '\(example.registered)', but the rule refuses it: \(mismatch!.rawValue)"
                : "the table says '\(example.requested)' is refused for '\(example.registered)', but the rule accepts it"
            return Diagnostic(
                .error, code: .redirectURIExample, message: message, range: example.verdictRange,
                fixIts: [Diagnostic.FixIt(range: example.verdictRange, replacement: example.isAccepted ? "no" : "yes")])
        }
    }
}
