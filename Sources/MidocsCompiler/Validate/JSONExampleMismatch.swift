import Foundation

/// Checks each JSON example against its response: it must parse once the body prefix is
/// removed, use only the declared fields (nested `data` fields too), include every required
/// one, and give each the declared type.
struct JSONExampleMismatch {
    func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for operation in context.spec.operations {
            for response in operation.responses where response.delivery == .jsonBody {
                for example in response.examples where isJSON(example, prefix: response.bodyPrefix) {
                    diagnostics += check(example, of: response, context: context)
                }
            }
        }
        return diagnostics
    }

    private func isJSON(_ example: Example, prefix: String?) -> Bool {
        if example.language == "json" { return true }
        let text = strip(prefix, from: example.text).trimmingWhitespace()
        return example.language.isEmpty && (text.hasPrefix("{") || text.hasPrefix("["))
    }

    private func strip(_ prefix: String?, from text: String) -> String {
        let trimmed = text.drop { $0.isWhitespace }
        guard let prefix, !prefix.isEmpty, trimmed.hasPrefix(prefix) else { return String(trimmed) }
        return String(trimmed.dropFirst(prefix.count))
    }

    private func check(_ example: Example, of response: Response, context: CheckContext) -> [Diagnostic] {
        let body = strip(response.bodyPrefix, from: example.text)
        let bodyStart = example.text.utf8.count - body.utf8.count
        let problem: SyntaxProblem
        switch parse(body) {
        case .success(let value):
            guard !response.fields.isEmpty, Self.sharesAKey(value, with: response.fields) else { return [] }
            return compare(value, with: response.fields, path: "", example: example, context: context)
        case .failure(let failure):
            problem = failure
        }
        let hint = response.bodyPrefix == nil && !body.hasPrefix("{") && body.contains("{")
            ? "; if the service puts text before the JSON, declare it with **Body prefix:**" : ""
        let location = problem.offset.map { context.location(in: example, offset: bodyStart + $0) } ?? example.location
        return [
            Diagnostic(
                .warning, code: .invalidJSONExample,
                message: "this JSON example does not parse\(response.bodyPrefix.map { " after the prefix '\($0)'" } ?? ""): "
                    + problem.reason + hint,
                range: SourceRange(start: location, length: 1))
        ]
    }

    /// Why a body is not JSON, and at which byte, if the parser says.
    private struct SyntaxProblem: Error {
        var reason: String
        var offset: Int?
    }

    /// The value `body` holds, or why it is not JSON.
    private func parse(_ body: String) -> Result<JSONValue, SyntaxProblem> {
        if let offset = Self.trailingComma(in: body) {
            return .failure(SyntaxProblem(reason: "a comma ends a list or an object; remove it", offset: offset))
        }
        do {
            return .success(try JSONValue(parsing: body))
        } catch {
            let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            let offset = description.range(of: "character ").flatMap { found in
                Int(description[found.upperBound...].prefix { $0.isNumber })
            }
            let reason = description.hasSuffix(".") ? String(description.dropLast()) : description
            return .failure(SyntaxProblem(reason: reason.prefix(1).lowercased() + reason.dropFirst(), offset: offset))
        }
    }

    /// Foundation on Linux accepts `{"a": 1,}`; JSON does not. The offset of such a comma.
    static func trailingComma(in body: String) -> Int? {
        let bytes = Array(body.utf8)
        var isInString = false
        var index = 0
        var lastComma: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if isInString {
                if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { isInString = false }
            } else if byte == UInt8(ascii: "\"") {
                isInString = true
                lastComma = nil
            } else if byte == UInt8(ascii: ",") {
                lastComma = index
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                if let lastComma { return lastComma }
            } else if !(byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09) {
                lastComma = nil
            }
            index += 1
        }
        return nil
    }

    /// Whether the example's object has a key some field names (a dotted name counts by its
    /// first part). A table that names none of them describes something else (the objects of
    /// an array left empty in the example, say), so there is nothing to compare.
    static func sharesAKey(_ value: JSONValue, with fields: [Field]) -> Bool {
        guard case .object(let object) = value else { return true }
        let names = Set(fields.map { $0.name.split(separator: ".").first.map(String.init) ?? $0.name })
        return object.keys.contains(where: names.contains) || object.isEmpty
    }

    private func compare(
        _ value: JSONValue, with fields: [Field], path: String, example: Example, context: CheckContext
    ) -> [Diagnostic] {
        guard case .object(let object) = value else { return [] }
        var diagnostics: [Diagnostic] = []
        let names = fields.map(\.name)
        // A key that is a field's name but for spacing or case is reported once, as that.
        var misspelled = Set<String>()
        for key in object.keys.sorted() where !names.contains(key) {
            let range = context.range(of: "\"\(key)\"", in: example)
            let sameButSpacing = names.first { $0.lowercased() == key.trimmingWhitespace().lowercased() }
            if let sameButSpacing { misspelled.insert(sameButSpacing) }
            let suggestion = sameButSpacing ?? Suggestion.closest(to: key, among: names)
            diagnostics.append(
                Diagnostic(
                    .error, code: .unknownExampleKey,
                    message: "the example has the key '\(path)\(key)', which the response does not declare"
                        + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                    range: range,
                    fixIts: suggestion.map { [Diagnostic.FixIt(range: range, replacement: "\"\($0)\"")] } ?? []))
        }
        for field in fields {
            guard let member = object[field.name] else {
                if field.isDeclaredRequired, !misspelled.contains(field.name) {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: .missingExampleField,
                            message: "the example lacks the required field '\(path)\(field.name)'; add it, or mark the field as not required",
                            range: SourceRange(start: example.location, length: 3),
                            notes: [Diagnostic.Note("'\(field.name)' is declared here", at: field.location)]))
                }
                continue
            }
            if let type = field.type, !member.conforms(to: type) {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .exampleTypeMismatch,
                        message: "'\(path)\(field.name)' is declared as \(type) but the example gives \(member.typeDescription)",
                        range: context.range(of: "\"\(field.name)\"", in: example),
                        notes: [Diagnostic.Note("'\(field.name)' is declared here", at: field.location)]))
            }
            if !field.fields.isEmpty {
                diagnostics += compare(member, with: field.fields, path: "\(path)\(field.name).", example: example, context: context)
            }
        }
        return diagnostics
    }
}
