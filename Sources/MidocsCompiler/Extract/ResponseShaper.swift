/// Finishes a response from what its section gave: the delivery and body prefix from its
/// examples, its HTTP status from a raw response's first line, and its fields fitted to the
/// example: a table of the payload alone (the fields of `data`) goes inside `data`, and an
/// example without any field table gives the fields itself.
enum ResponseShaper {
    static func finish(_ draft: OperationDraft.ResponseDraft) -> Response {
        let delivery = draft.delivery ?? inferDelivery(draft.examples)
        var prefix = draft.bodyPrefix
        var status = draft.status
        if let example = draft.examples.first {
            let text = example.text.trimmingWhitespace()
            if status == nil { status = statusLine(text) }
            if prefix == nil, delivery == .jsonBody, status == nil,
                let brace = text.firstIndex(where: { $0 == "{" || $0 == "[" }), brace != text.startIndex
            {
                let candidate = String(text[..<brace]).trimmingWhitespace()
                if !candidate.isEmpty, !candidate.contains("\n"), !candidate.contains(" ") { prefix = candidate }
            }
        }
        var fields = FieldReader.nest(draft.fields)
        // A table whose names are the example's own top-level keys needs no fitting, and
        // those keys are found without parsing the example.
        let fitsAlready = !fields.isEmpty && draft.examples.first.map { example in
            !Set(fields.map(\.name)).isDisjoint(with: topLevelKeys(example.text))
        } ?? true
        if delivery == .jsonBody, !fitsAlready, let object = exampleObject(draft.examples, prefix: prefix) {
            fields = fit(fields, to: object, order: draft.examples[0].text, location: draft.location)
        }
        return Response(
            outcome: draft.outcome, delivery: delivery, status: status, bodyPrefix: prefix, fields: fields,
            examples: draft.examples, location: draft.location)
    }

    /// The keys of a JSON text's outermost object, by a scan of its bytes (strings skipped,
    /// depth counted): far cheaper than parsing, and all `fit` needs to know first.
    static func topLevelKeys(_ text: String) -> Set<String> {
        var keys: Set<String> = []
        var depth = 0
        var string: [UInt8]?
        var isEscaped = false
        var lastString: [UInt8]?
        for byte in text.utf8 {
            if var current = string {
                if isEscaped {
                    isEscaped = false
                    current.append(byte)
                } else if byte == UInt8(ascii: "\\") {
                    isEscaped = true
                } else if byte == UInt8(ascii: "\"") {
                    lastString = current
                    string = nil
                    continue
                } else {
                    current.append(byte)
                }
                string = current
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): string = []
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ":"):
                if depth == 1, let key = lastString { keys.insert(String(decoding: key, as: UTF8.self)) }
            default: break
            }
            if byte != 0x20, byte != 0x0A, byte != 0x09, byte != 0x0D, byte != UInt8(ascii: ":") { lastString = nil }
        }
        return keys
    }

    /// `HTTP/1.1 201 Created` or `Status: 201 Created`, first line of a raw response.
    static func statusLine(_ text: String) -> Int? {
        // Only the first line is looked at, and only when it starts as a status line does.
        guard let lead = text.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }),
            lead == UInt8(ascii: "H") || lead == UInt8(ascii: "S") || lead == UInt8(ascii: "h") || lead == UInt8(ascii: "s")
        else { return nil }
        let first = text.trimmingWhitespace().prefix { $0 != "\n" }.split(separator: " ")
        let head = first.first?.uppercased() ?? ""
        guard first.count >= 2, head.hasPrefix("HTTP/") || head == "STATUS:", let code = Int(first[1]), (100...599).contains(code)
        else { return nil }
        return code
    }

    /// The first example's top-level JSON object, after any prefix or raw response head.
    private static func exampleObject(_ examples: [Example], prefix: String?) -> [String: JSONValue]? {
        guard let example = examples.first else { return nil }
        var text = example.text.trimmingWhitespace()
        if let prefix, text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        if statusLine(text) != nil, let brace = text.firstIndex(of: "{") { text = String(text[brace...]) }
        guard text.hasPrefix("{"), case .object(let object)? = try? JSONValue(parsingAnnotated: text) else { return nil }
        return object
    }

    /// The table's fields where the example shows them. Fields that name none of the
    /// example's top-level keys but most keys of one object inside it (`data`, `result`)
    /// describe that object: they go inside it, and the keys around it come from the
    /// example. With no table at all, the example's keys are the fields.
    static func fit(_ fields: [Field], to object: [String: JSONValue], order text: String, location: SourceLocation) -> [Field] {
        if fields.isEmpty { return derived(object, order: text, location: location) }
        let names = Set(fields.map(\.name))
        guard names.isDisjoint(with: object.keys) else { return fields }
        let candidates = object.compactMap { key, value -> (String, Int)? in
            guard case .object(let inner) = value.firstObject else { return nil }
            let shared = names.intersection(inner.keys).count
            return shared * 2 >= names.count && shared > 0 ? (key, shared) : nil
        }
        guard let (key, _) = candidates.max(by: { ($0.1, $1.0) < ($1.1, $0.0) }) else { return fields }
        var result = derived(object.filter { $0.key != key }, order: text, location: location)
        let isList = if case .array = object[key]! { true } else { false }
        result.append(
            Field(
                name: key, type: isList ? .list(.object) : .object, typeName: isList ? "array" : "object", isRequired: nil,
                description: .empty, fields: fields, location: fields[0].location))
        return inOrder(result, of: text)
    }

    /// Fields read from an example alone: names, and types as the values show them, in the
    /// order the example writes them.
    static func derived(_ object: [String: JSONValue], order text: String, location: SourceLocation) -> [Field] {
        let fields = object.keys.map { key in
            let value = object[key]!
            var fields: [Field] = []
            if case .object(let inner)? = value.firstObject { fields = derived(inner, order: text, location: location) }
            return Field(
                name: key, type: value.valueType, typeName: "", isRequired: nil, description: .empty, fields: fields,
                location: location)
        }
        return inOrder(fields, of: text)
    }

    /// Sorted by where `"name"` first appears in the example (JSON objects keep no order
    /// once parsed), then by name.
    private static func inOrder(_ fields: [Field], of text: String) -> [Field] {
        let positions = Dictionary(uniqueKeysWithValues: fields.map { field in
            (field.name, text.byteOffset(of: "\"\(field.name)\"") ?? .max)
        })
        return fields.sorted { (positions[$0.name]!, $0.name) < (positions[$1.name]!, $1.name) }
    }

    private static func inferDelivery(_ examples: [Example]) -> Response.Delivery {
        guard let text = examples.first?.text.trimmingWhitespace() else { return .jsonBody }
        if text.hasPrefix("http://") || text.hasPrefix("https://") {
            return text.contains("#") ? .redirectWithFragment : .redirectWithQuery
        }
        return .jsonBody
    }
}

extension JSONValue {
    /// The object itself, or the first object of a list of them.
    var firstObject: JSONValue? {
        switch self {
        case .object: return self
        case .array(let values): return values.first.flatMap(\.firstObject)
        default: return nil
        }
    }

    /// The model type a value shows: `1` an int, `"a"` a string, `[{...}]` a list of objects.
    var valueType: ValueType? {
        switch self {
        case .null: return nil
        case .bool: return .boolean
        case .integer(let value): return Int32(exactly: value) == nil ? .long : .int
        case .number: return .number
        case .string: return .string
        case .object: return .object
        case .array(let values): return .list(values.first?.valueType ?? .any)
        }
    }
}
