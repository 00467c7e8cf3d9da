/// The single-value container of `SortedJSONEncoder`: fills the encoder's own slot.
struct JSONSingleValueContainer: SingleValueEncodingContainer, JSONPrimitiveEncoding {
    let box: JSONContainerBox
    let slot: Int

    var codingPath: [any CodingKey] { box.codingPath(to: slot) }

    func put(_ value: JSONTreeValue) {
        box.members[slot].value = value
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try box.encode(value, at: slot)
    }
}
