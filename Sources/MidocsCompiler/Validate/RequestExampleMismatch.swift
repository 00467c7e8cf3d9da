/// Compares a JSON request example with the operation's body parameters: a key the example
/// sends that no parameter names (`address.zip` for `address.zipcode`), or a required body
/// parameter the example leaves out, is a warning: one of the two is out of date.
struct RequestExampleMismatch {
    func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for operation in context.spec.operations {
            let body = operation.parameters.filter { $0.placement == .body }
            guard !body.isEmpty, let examples = operation.requestExamples else { continue }
            for example in examples {
                guard let object = Self.jsonObject(in: example.text) else { continue }
                diagnostics += compare(object, example: example, with: body, context: context)
            }
        }
        return diagnostics
    }

    private func compare(
        _ object: [String: JSONValue], example: Example, with body: [Parameter], context: CheckContext
    ) -> [Diagnostic] {
        let names = Set(body.map(\.name))
        let sent = Self.keyPaths(object, prefix: "")
        // An example that shares no key with the parameters is not this request's body (a
        // response, another message of a socket API): nothing to compare.
        guard sent.contains(where: { key in names.contains(key) || names.contains(where: { $0.hasPrefix(key + ".") || key.hasPrefix($0 + ".") }) })
        else { return [] }
        var diagnostics: [Diagnostic] = []
        // A key is documented when a parameter names it, or names its object or a key inside it.
        for key in sent.sorted() where !names.contains(key) && !names.contains(where: { $0.hasPrefix(key + ".") || key.hasPrefix($0 + ".") }) {
            let leaf = key.split(separator: ".").last.map(String.init) ?? key
            let at = example.text.byteOffset(of: "\"\(leaf)\"").map { context.location(in: example, offset: $0) } ?? example.location
            let suggestion = Suggestion.closest(to: key, among: names)
            diagnostics.append(
                Diagnostic(
                    .warning, code: .requestExampleMismatch,
                    message: "the request example sends '\(key)', which no body parameter names"
                        + (suggestion.map { "; did you mean '\($0)'?" } ?? "; add it to the parameter table or remove it from the example"),
                    range: SourceRange(start: at, length: leaf.utf8.count + 2)))
        }
        for parameter in body where parameter.isRequired == true && !sent.contains(parameter.name)
            && !sent.contains(where: { $0.hasPrefix(parameter.name + ".") })
        {
            diagnostics.append(
                Diagnostic(
                    .warning, code: .requestExampleMismatch,
                    message: "the request example leaves out '\(parameter.name)', a required body parameter; add it to the example",
                    range: SourceRange(start: example.location, length: 1)))
        }
        return diagnostics
    }

    /// The JSON object of an example: the whole text, or a raw request's body after its
    /// blank line. Nil when there is none, or it does not parse (the JSON checks say so).
    static func jsonObject(in text: String) -> [String: JSONValue]? {
        guard let brace = text.firstIndex(of: "{") else { return nil }
        let before = text[..<brace]
        let isBodyOnly = before.trimmingWhitespace().isEmpty
        guard isBodyOnly || before.contains("\n\n") || before.contains("\r\n\r\n") else { return nil }
        guard case .object(let object)? = try? JSONValue(parsing: String(text[brace...])) else { return nil }
        return object
    }

    /// `address.city` for `{"address": {"city": ...}}`; a list of objects contributes its
    /// first object's keys.
    static func keyPaths(_ object: [String: JSONValue], prefix: String) -> Set<String> {
        var paths: Set<String> = []
        for (key, value) in object {
            let path = prefix + key
            paths.insert(path)
            if case .object(let inner)? = value.firstObject { paths.formUnion(keyPaths(inner, prefix: path + ".")) }
        }
        return paths
    }
}
