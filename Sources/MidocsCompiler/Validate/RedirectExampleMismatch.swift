import Foundation

/// Checks the URLs in redirect and callback examples: every query or fragment name must be
/// a field the response declares.
struct RedirectExampleMismatch {
    func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for operation in context.spec.operations {
            for response in operation.responses where response.delivery != .jsonBody && !response.fields.isEmpty {
                let names = response.fields.map(\.name)
                for example in response.examples {
                    for name in parameterNames(in: example.text, delivery: response.delivery) where !names.contains(name) {
                        let range = context.range(of: "\(name)=", in: example)
                        let suggestion = Suggestion.closest(to: name, among: names)
                        diagnostics.append(
                            Diagnostic(
                                .error, code: .unknownRedirectParameter,
                                message: "the example URL carries '\(name)', which the response does not declare"
                                    + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                                range: SourceRange(start: range.start, length: name.utf8.count)))
                    }
                }
            }
        }
        return diagnostics
    }

    /// The names in the query (or, for a fragment redirect, the fragment) of every URL in
    /// the example.
    private func parameterNames(in text: String, delivery: Response.Delivery) -> [String] {
        var names: [String] = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            guard word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("Location:") else { continue }
            guard let components = URLComponents(string: String(word)) else { continue }
            let part = delivery == .redirectWithFragment ? components.percentEncodedFragment : components.percentEncodedQuery
            for pair in (part ?? "").split(separator: "&") {
                let name = String(pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0])
                if !name.isEmpty { names.append(name.removingPercentEncoding ?? name) }
            }
        }
        return names
    }
}
