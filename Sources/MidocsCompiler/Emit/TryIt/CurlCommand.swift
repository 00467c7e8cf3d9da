/// The curl command of a card's "Try it" part: `curl -i` and the URL with its query, then the
/// headers, cookies, form fields or JSON body, and what the profile adds, one argument a line.
struct CurlCommand {
    let operation: Operation
    /// Where the call goes instead of the documented host (a sandbox); nil for the docs' URL.
    let baseURL: String?
    /// Each parameter's value; nil leaves it out.
    let value: (Parameter) -> SampleValue?
    /// More arguments, given the URL as the shell reads it.
    let extraArguments: (_ quotedURL: String) -> [String]

    var text: String {
        let url = makeURL().quoted
        var command = operation.method == .head ? "curl -I" : "curl -i"
        var arguments: [String] = []
        for (parameter, value) in items(in: .header) {
            var header = ShellWord(parameter.name + ": ")
            header.append(value, encoded: false)
            arguments.append("-H " + header.quoted)
        }
        for (parameter, value) in items(in: .cookie) {
            var cookie = ShellWord(parameter.name + "=")
            cookie.append(value, encoded: true)
            arguments.append("-b " + cookie.quoted)
        }
        let form = items(in: .form)
        for (parameter, value) in form {
            var field = ShellWord(parameter.name.strictlyPercentEncoded + "=")
            field.append(value, encoded: true)
            arguments.append("-d " + field.quoted)
        }
        let body = items(in: .body)
        if !body.isEmpty {
            var json = ShellWord()
            appendObject(body.map { (path: $0.0.name.split(separator: ".").map(String.init), parameter: $0.0, value: $0.1) }, to: &json)
            arguments += ["-H 'Content-Type: application/json'", "-d " + json.quoted]
        }
        // curl sends GET, and POST when it has data to send, without being told.
        if let method = operation.method, method != .get, method != .head, method != .post || (form.isEmpty && body.isEmpty) {
            command += " -X \(method.rawValue)"
        }
        arguments += extraArguments(url)
        return ([command + " " + url] + arguments.map { "  " + $0 }).joined(separator: " \\\n") + "\n"
    }

    /// The URL with its query: on `baseURL`, else as documented (`$BASE_URL` when the docs
    /// give no host); each `{name}` filled by its path parameter or a variable.
    func makeURL() -> ShellWord {
        var word = ShellWord()
        guard let url = operation.url else { return word }
        if let baseURL {
            word.append(baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL)
        } else if url.isRelative {
            word.append(variable: "BASE_URL")
        } else {
            word.append(url.scheme + "://")
            appendFilled(url.host, to: &word)
        }
        appendFilled(url.path, to: &word)
        for (index, item) in items(in: .query).enumerated() {
            word.append((index == 0 ? "?" : "&") + item.0.name.strictlyPercentEncoded + "=")
            word.append(item.1, encoded: true)
        }
        return word
    }

    private func items(in placement: Parameter.Placement) -> [(Parameter, SampleValue)] {
        operation.parameters.filter { $0.placement == placement }.compactMap { parameter in value(parameter).map { (parameter, $0) } }
    }

    private func appendFilled(_ text: String, to word: inout ShellWord) {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            word.append(String(rest[..<open]))
            let name = String(rest[rest.index(after: open)..<close])
            let parameter = operation.parameters.first { $0.placement == .path && $0.name == name }
            word.append(parameter.flatMap(value) ?? .variable(SampleValue.variableName(for: name), swift: .nil), encoded: true)
            rest = rest[rest.index(after: close)...]
        }
        word.append(String(rest))
    }

    /// `{"a": {"b": 1}, "c": "$C"}` from the dotted names `a.b` and `c`, in the docs' order.
    private func appendObject(_ items: [(path: [String], parameter: Parameter, value: SampleValue)], to word: inout ShellWord) {
        var keys: [String] = []
        for item in items where !keys.contains(item.path[0]) { keys.append(item.path[0]) }
        word.append("{")
        for (index, key) in keys.enumerated() {
            word.append((index == 0 ? "" : ", ") + Self.jsonString(key) + ": ")
            let group = items.filter { $0.path[0] == key }
            if let leaf = group.first(where: { $0.path.count == 1 }) {
                appendJSONValue(leaf.value, type: leaf.parameter.type, to: &word)
            } else {
                appendObject(group.map { (Array($0.path.dropFirst()), $0.parameter, $0.value) }, to: &word)
            }
        }
        word.append("}")
    }

    private func appendJSONValue(_ value: SampleValue, type: ValueType?, to word: inout ShellWord) {
        let isBare = type.map { [.int, .long, .number, .boolean].contains($0) } ?? false
        if value.isVariable {
            if !isBare { word.append("\"") }
            word.append(variable: value.text)
            if !isBare { word.append("\"") }
        } else if isBare, Double(value.text) != nil || value.text == "true" || value.text == "false" {
            word.append(value.text)
        } else {
            word.append(Self.jsonString(value.text))
        }
    }

    private static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
