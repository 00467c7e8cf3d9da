/// The unkeyed container of `SortedJSONEncoder`: each element gets the next slot.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let box: JSONContainerBox

    var codingPath: [any CodingKey] { box.codingPath }
    var count: Int { box.members.count }

    private func put(_ value: JSONTreeValue) {
        box.add(value)
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
        try box.encode(value, at: box.addSlot())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: box.container(at: box.addSlot(), kind: .object)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(box: box.container(at: box.addSlot(), kind: .array))
    }

    mutating func superEncoder() -> any Encoder {
        JSONTreeEncoder(box: box, slot: box.addSlot())
    }
}
