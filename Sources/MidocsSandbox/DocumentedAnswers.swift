import Foundation
import MiAccountRules
import MidocsCompiler

/// Builds answers in the shapes the docs give: a success from the documented example with
/// the values the call earned, and a failure carrying a documented error code in the
/// operation's own failure shape.
struct DocumentedAnswers: Sendable {
    let spec: Spec

    // MARK: Error codes

    /// The documented error code named `name` (`OA_INVALID_CODE`), if the docs have it.
    func errorCode(named name: String) -> ErrorCode? {
        spec.errorCodes.first { $0.name == name }
    }

    /// The documented code whose meaning fits `problem`: "unsupported grant type" for a
    /// grant_type the docs do not give, else the one about missing or malformed parameters.
    func errorCode(fitting problem: ParameterProblem) -> ErrorCode? {
        if case .unsupportedValue(let name, _) = problem {
            let words = Set(name.uppercased().split(separator: "_").map(String.init))
            if let code = spec.errorCodes.first(where: { code in
                let nameWords = Set(code.name.split(separator: "_").map(String.init))
                return nameWords.contains("UNSUPPORTED") && words.isSubset(of: nameWords)
            }) {
                return code
            }
        }
        return spec.errorCodes.first { $0.name.uppercased().hasSuffix("INVALID_REQUEST") }
            ?? spec.errorCodes.first {
                let text = $0.description.plain.lowercased()
                return text.contains("missing") || text.contains("malformed")
            }
    }

    // MARK: Failures

    /// The operation's documented failure with `code` and `text`; a redirect when the
    /// failure is delivered by one and `redirectURI` may receive it, else a JSON body.
    func failure(
        _ operation: Operation, call values: [String: String], code: ErrorCode?, text: String, parameter: String? = nil,
        redirectURI: String?
    ) -> SandboxResponse {
        let documented = operation.responses.first { $0.outcome == .failure }
        if let documented, documented.delivery == .jsonBody {
            var object = exampleObject(documented) ?? [:]
            let codeName = FailureFields.code(in: documented.fields)?.name ?? "error"
            let descriptionName = FailureFields.description(in: documented.fields)?.name ?? "error_description"
            object[codeName] = code.map { $0.code as Any } ?? "invalid_request"
            object[descriptionName] = text
            return .json(object, status: documented.status ?? 400, prefix: documented.bodyPrefix)
        }
        if let documented, let redirectURI, documented.delivery == .redirectWithQuery || documented.delivery == .redirectWithFragment {
            var items: [(String, String)] = []
            for field in documented.fields {
                switch field.name {
                case FailureFields.code(in: documented.fields)?.name: items.append((field.name, code.map { String($0.code) } ?? "invalid_request"))
                case FailureFields.description(in: documented.fields)?.name: items.append((field.name, text))
                default: if let echoed = values[field.name] { items.append((field.name, echoed)) }
                }
            }
            return .redirect(to: Self.appending(items, to: redirectURI, inFragment: documented.delivery == .redirectWithFragment))
        }
        var object: [String: Any] = ["error": code.map { $0.code as Any } ?? "invalid_request", "error_description": text]
        if let parameter { object["parameter"] = parameter }
        return .json(object, status: 400)
    }

    // MARK: Successes

    /// The operation's documented success: its example's values, with `values` (by field
    /// name; `data.openid` for a nested one) put in.
    func success(_ operation: Operation, call: SandboxCall, values: [String: Any], deliveries: [String] = []) -> SandboxResponse {
        guard let documented = operation.responses.first(where: { $0.outcome == .success }) else {
            return SandboxResponse(status: 204)
        }
        switch documented.delivery {
        case .jsonBody:
            var object = exampleObject(documented) ?? [:]
            // Only documented fields: a value the docs do not show in this answer is left out.
            for (name, value) in values {
                let path = name.split(separator: ".").map(String.init)
                if Self.isDocumented(path, in: documented.fields) { Self.set(value, at: path, in: &object) }
            }
            return .json(object, status: documented.status ?? 200, prefix: documented.bodyPrefix)
        case .redirectWithQuery, .redirectWithFragment, .callback:
            let target = documented.delivery == .callback ? call.values["callback"] : call.values["redirect_uri"]
            let example = exampleValues(documented)
            var items: [(String, String)] = []
            for field in documented.fields {
                if let value = values[field.name] {
                    items.append((field.name, "\(value)"))
                } else if let echoed = call.values[field.name] {
                    items.append((field.name, echoed))
                } else if field.isDeclaredRequired, let value = example[field.name] {
                    items.append((field.name, value))
                }
            }
            let location = Self.appending(items, to: target ?? "", inFragment: documented.delivery == .redirectWithFragment)
            if documented.delivery == .callback {
                var response = SandboxResponse(
                    status: 200, headers: ["Content-Type": "text/plain; charset=utf-8"],
                    body: Data("Done: the result goes to the callback.\n".utf8))
                response.deliveries = [location] + deliveries
                return response
            }
            return .redirect(to: location)
        }
    }

    // MARK: Examples

    /// The first JSON example of a response, after its prefix, as an object.
    private func exampleObject(_ response: Response) -> [String: Any]? {
        for example in response.examples {
            var text = example.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if let prefix = response.bodyPrefix, text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
            if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] { return object }
        }
        return nil
    }

    /// The values of the first example that reads as a URL (a redirect or a callback).
    private func exampleValues(_ response: Response) -> [String: String] {
        for example in response.examples {
            let text = example.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let components = URLComponents(string: text) else { continue }
            let raw = response.delivery == .redirectWithFragment ? components.percentEncodedFragment : components.percentEncodedQuery
            guard let raw else { continue }
            let request = SandboxRequest(method: "GET", path: "/", rawQuery: raw, headers: [:])
            return Dictionary((request.query ?? []).map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        return [:]
    }

    private static func isDocumented(_ path: [String], in fields: [Field]) -> Bool {
        guard let first = path.first, let field = fields.first(where: { $0.name == first }) else { return false }
        return path.count == 1 || isDocumented(Array(path.dropFirst()), in: field.fields)
    }

    private static func set(_ value: Any, at path: [String], in object: inout [String: Any]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            object[first] = value
            return
        }
        var nested = object[first] as? [String: Any] ?? [:]
        set(value, at: Array(path.dropFirst()), in: &nested)
        object[first] = nested
    }

    /// `uri` with `items` added to its query (or put in its fragment), strictly encoded.
    static func appending(_ items: [(String, String)], to uri: String, inFragment: Bool) -> String {
        let encoded = items.map { "\(PercentEncoding.strict($0.0))=\(PercentEncoding.strict($0.1))" }.joined(separator: "&")
        guard !encoded.isEmpty else { return uri }
        var base = uri
        if let hash = base.firstIndex(of: "#") { base = String(base[..<hash]) }
        if inFragment { return base + "#" + encoded }
        return base + (base.contains("?") ? "&" : "?") + encoded
    }
}
