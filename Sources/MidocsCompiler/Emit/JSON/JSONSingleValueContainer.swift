/// The single-value container of `SortedJSONEncoder`: fills the encoder's own slot.
struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let box: JSONContainerBox
    let slot: Int

    var codingPath: [any CodingKey] { box.codingPath(to: slot) }

    private func put(_ value: JSONTreeValue) {
        box.members[slot].value = value
    }

    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(.number(try JSONContainerBox.foundationText(of: value))) }
    mutating func encode(_ value: Float) throws { put(.number(try JSONContainerBox.foundationText(of: value))) }
    mutating func encode(_ value: Int) throws { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int8) throws { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int16) throws { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int32) throws { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) throws { put(.integer(value)) }
    mutating func encode(_ value: UInt) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { put(.unsigned(value)) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try box.encode(value, at: slot)
    }
}
