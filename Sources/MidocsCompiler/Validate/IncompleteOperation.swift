/// Finds operations documented without a method or a URL: nothing could call them.
struct IncompleteOperation {
    func check(_ spec: Spec) -> [Diagnostic] {
        spec.operations.compactMap { operation in
            var missing: [String] = []
            if operation.method == nil { missing.append("method") }
            if operation.url == nil { missing.append("URL") }
            guard !missing.isEmpty else { return nil }
            return Diagnostic(
                .warning, code: .incompleteOperation,
                message: "operation '\(operation.title)' has no \(missing.joined(separator: " and ")); "
                    + "add a line such as `GET https://host/path` under its heading",
                range: SourceRange(start: operation.location, length: 1))
        }
    }
}
