import Foundation

/// JSON text of values encoded one by one, kept with the value each was made from, so that
/// a rebuild encodes again only values that changed. Foundation's encoder is the slowest
/// stage of a large build; most values are the same from one rebuild to the next.
struct EncodedParts<Value: Encodable & Equatable & Sendable>: Sendable {
    private var parts: [String: (value: Value, text: String)] = [:]

    /// Pretty-printed, keys sorted, slashes left alone: the format of every JSON output.
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The text of each value, in order, reusing `earlier`'s for values equal to the ones
    /// it was made from; the keys tell values apart (a repeated key is counted).
    static func encode(_ values: [(key: String, value: Value)], reusing earlier: EncodedParts) -> ([String], EncodedParts) {
        let encoder = makeEncoder()
        var current = EncodedParts()
        var seen: [String: Int] = [:]
        let texts = values.map { base, value -> String in
            let count = seen[base, default: 0]
            seen[base] = count + 1
            let name = count == 0 ? base : "\(base)#\(count)"
            let text: String
            if let cached = earlier.parts[name], cached.value == value {
                text = cached.text
            } else {
                // Every value of the model encodes; a failure is a bug in the model.
                guard let data = try? encoder.encode(value) else { preconditionFailure("\(Value.self) does not encode") }
                text = String(decoding: data, as: UTF8.self)
            }
            current.parts[name] = (value, text)
            return text
        }
        return (texts, current)
    }

    /// `texts` as the elements of an array `depth` levels deep, laid out as the encoder
    /// lays them out.
    static func array(_ texts: [String], depth: Int) -> String {
        let outer = String(repeating: "  ", count: depth)
        let inner = outer + "  "
        guard !texts.isEmpty else { return "[\n\n\(outer)]" }
        return "[\n" + texts.map { inner + indent($0, by: inner) }.joined(separator: ",\n") + "\n\(outer)]"
    }

    /// `text` with `padding` after each line break, except before an empty line: the
    /// encoder writes an empty list as `[` and `]` with an empty line between.
    static func indent(_ text: String, by padding: String) -> String {
        text.replacingBytes("\n", with: "\n" + padding).replacingBytes("\n" + padding + "\n", with: "\n\n")
    }

    init() {}
}
