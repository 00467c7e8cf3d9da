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
    /// it was made from; the keys tell values apart (a repeated key is counted). Lines after
    /// the first are indented by `padding`, the depth the text will stand at, so that
    /// reused text is not indented again.
    static func encode(
        _ values: [(key: String, value: Value)], indentedBy padding: String, reusing earlier: EncodedParts
    ) -> ([String], EncodedParts) {
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
                text = indent(String(decoding: data, as: UTF8.self), by: padding)
            }
            current.parts[name] = (value, text)
            return text
        }
        return (texts, current)
    }

    /// The padding of a value `depth` levels deep.
    static func padding(depth: Int) -> String {
        String(repeating: "  ", count: depth)
    }

    /// `texts`, encoded with the padding of `depth + 1`, as the elements of an array
    /// `depth` levels deep, laid out as the encoder lays them out and appended to `bytes`:
    /// a document of a hundred megabytes is built once, not copied from string to string.
    static func appendArray(_ texts: [String], depth: Int, to bytes: inout [UInt8]) {
        let outer = padding(depth: depth)
        let inner = padding(depth: depth + 1)
        guard !texts.isEmpty else {
            bytes += "[\n\n\(outer)]".utf8
            return
        }
        bytes.reserveCapacity(bytes.count + texts.reduce(16) { $0 + $1.utf8.count + inner.utf8.count + 2 })
        bytes += "[\n".utf8
        for (index, text) in texts.enumerated() {
            if index > 0 { bytes += ",\n".utf8 }
            bytes += inner.utf8
            bytes += text.utf8
        }
        bytes += "\n\(outer)]".utf8
    }

    /// `text` with `padding` after each line break, except before an empty line: the
    /// encoder writes an empty list as `[` and `]` with an empty line between.
    static func indent(_ text: String, by padding: String) -> String {
        text.replacingBytes("\n", with: "\n" + padding).replacingBytes("\n" + padding + "\n", with: "\n\n")
    }

    init() {}
}
