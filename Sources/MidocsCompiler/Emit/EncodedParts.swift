import Foundation

/// JSON bytes of values encoded one by one, kept with the value each was made from, so that
/// a rebuild encodes again only values that changed. Most values are the same from one
/// rebuild to the next; a one-off build keeps nothing.
struct EncodedParts<Value: Encodable & Equatable & Sendable>: Sendable {
    private var parts: [String: (value: Value, bytes: [UInt8])] = [:]

    init() {}

    /// Appends `values` to `bytes` as the elements of an array standing `depth` levels deep
    /// and laid out as `SortedJSONEncoder` lays out the whole document. Values equal to the
    /// ones `earlier`'s bytes were made from are not encoded again; the keys tell values
    /// apart (a repeated key is counted). Returns the parts for the next build when `keeping`.
    static func append(
        _ values: [(key: String, value: Value)], depth: Int, to bytes: inout ByteChunks,
        reusing earlier: EncodedParts, keeping: Bool
    ) -> EncodedParts {
        var current = EncodedParts()
        var seen: [String: Int] = [:]
        let names = values.map { base, _ in
            let count = seen[base, default: 0]
            seen[base] = count + 1
            return count == 0 ? base : "\(base)#\(count)"
        }
        // Encoded on all cores a window at a time, so that only a window's values are held twice.
        for (_, range) in Array(values.indices).windows(of: 1024) {
            let encoded = range.parallelMap { index -> [UInt8]? in
                if let cached = earlier.parts[names[index]], cached.value == values[index].value { return nil }
                // Every value of the model encodes; a failure is a bug in the model.
                do { return try SortedJSONEncoder.encode(values[index].value, depth: depth + 1) } catch {
                    preconditionFailure("\(Value.self) does not encode: \(error)")
                }
            }
            for (index, fresh) in zip(range, encoded) {
                JSONLayout.beginElement(at: index, of: UInt8(ascii: "["), depth: depth, to: &bytes)
                let part = fresh ?? earlier.parts[names[index]]?.bytes ?? []
                bytes.append(part: part)
                if keeping { current.parts[names[index]] = (values[index].value, part) }
            }
        }
        JSONLayout.end(values.count, opening: UInt8(ascii: "["), closing: UInt8(ascii: "]"), depth: depth, to: &bytes)
        return current
    }
}
