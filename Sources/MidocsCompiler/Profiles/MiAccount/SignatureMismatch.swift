import MiAccountRules

/// Recomputes every worked signature example: the printed normalised string and signature
/// must be what the parts give, and the host and path must be those of the operation the
/// example illustrates.
struct SignatureMismatch {
    func check(_ spec: Spec) -> [Diagnostic] {
        spec.profileFacts.facts(SignatureExample.self).flatMap { check($0, operations: spec.operations) }
    }

    private func check(_ example: SignatureExample, operations: [Operation]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let signature = MACSignature(
            nonce: example.nonce.value, method: example.method.value, host: example.host.value,
            path: example.path.value, query: MACSignature.parseQuery(example.query.value))
        let computed = signature.signature(key: example.key.value)
        if computed != example.signature.value {
            diagnostics.append(
                Diagnostic(
                    .error, code: .signatureMismatch,
                    message: "the signature of this example is '\(computed)', not '\(example.signature.value)'",
                    range: example.signature.range,
                    fixIts: [Diagnostic.FixIt(range: example.signature.range, replacement: computed)]))
        }
        if let printed = example.normalizedString, printed.value != signature.normalizedString {
            let printedLines = printed.value.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = signature.normalizedString.split(separator: "\n", omittingEmptySubsequences: false)
            let names = ["nonce", "method", "host", "path", "query"]
            let index = Array(zip(printedLines, expectedLines)).firstIndex { $0 != $1 } ?? min(printedLines.count, expectedLines.count)
            let what = index < names.count ? "its \(names[index]) line should be '\(expectedLines[index])'" : "it should have five lines"
            var start = printed.range.start
            start.line += index
            diagnostics.append(
                Diagnostic(
                    .error, code: .normalizedStringMismatch,
                    message: "the normalised string printed here is not the one the table's parts give; \(what)",
                    range: SourceRange(start: start, length: index < printedLines.count ? printedLines[index].utf8.count : 1),
                    fixIts: [Diagnostic.FixIt(range: printed.range, replacement: signature.normalizedString)]))
        }
        diagnostics += checkTarget(example, operations: operations)
        return diagnostics
    }

    /// An example whose path is an operation's must use its host; one on a service host must
    /// use a path the docs have. An example on another host (a callback) is the app's own.
    private func checkTarget(_ example: SignatureExample, operations: [Operation]) -> [Diagnostic] {
        let urls = operations.compactMap(\.url)
        let host = example.host.value.lowercased()
        let path = example.path.value
        if let url = urls.first(where: { $0.path == path }) {
            guard url.host != host, !urls.contains(where: { $0.path == path && $0.host == host }) else { return [] }
            return [
                Diagnostic(
                    .error, code: .signatureExampleHost,
                    message: "this example signs '\(path)' on '\(host)', but that operation is on '\(url.host)'",
                    range: example.host.range,
                    fixIts: [Diagnostic.FixIt(range: example.host.range, replacement: url.host)])
            ]
        }
        let pathsOnHost = urls.filter { $0.host == host }.map(\.path)
        guard !pathsOnHost.isEmpty else { return [] }
        let suggestion = Suggestion.closest(to: path, among: pathsOnHost)
        return [
            Diagnostic(
                .error, code: .signatureExamplePath,
                message: "no operation on '\(host)' has the path '\(path)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                range: example.path.range,
                fixIts: suggestion.map { [Diagnostic.FixIt(range: example.path.range, replacement: $0)] } ?? [])
        ]
    }
}
