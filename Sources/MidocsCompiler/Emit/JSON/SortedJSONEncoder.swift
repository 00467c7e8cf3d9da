/// Encodes values as JSON with exactly the bytes of Foundation's `JSONEncoder` set to
/// `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` for the pretty
/// layout), several times faster: it keeps no coding path, casts no values and writes
/// straight into one byte buffer. The large outputs (`spec.json`, `openapi.json`, the
/// search index) spent most of a build in Foundation's encoder. A test compares the two.
struct SortedJSONEncoder {
    enum Layout {
        /// Two spaces per level and `"key" : value`: `spec.json` and `openapi.json`.
        case pretty
        /// No spaces at all: the search index.
        case compact
    }

    /// `value` as JSON, laid out as if it stood `depth` levels deep in a larger document
    /// (lines after the first are indented by `depth` steps), appended to `bytes`.
    static func append<Value: Encodable>(
        _ value: Value, layout: Layout = .pretty, depth: Int = 0, to bytes: inout [UInt8]
    ) throws {
        let root = JSONContainerBox(kind: .root, parent: nil, slot: 0)
        try root.encode(value, at: root.addSlot())
        var writer = JSONByteWriter(bytes: bytes, pretty: layout == .pretty)
        bytes = []
        writer.write(root.members[0].value, depth: depth)
        bytes = writer.bytes
    }

    static func encode<Value: Encodable>(_ value: Value, layout: Layout = .pretty, depth: Int = 0) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try append(value, layout: layout, depth: depth, to: &bytes)
        // Grown by doubling, the buffer has up to twice the room it needs; the large outputs
        // keep thousands of these until they are written, so they keep exact copies.
        return bytes.capacity - bytes.count > 4096 ? Array(bytes[...]) : bytes
    }

    /// The same as text.
    static func text<Value: Encodable>(_ value: Value, layout: Layout = .pretty, depth: Int = 0) throws -> String {
        String(decoding: try encode(value, layout: layout, depth: depth), as: UTF8.self)
    }
}
