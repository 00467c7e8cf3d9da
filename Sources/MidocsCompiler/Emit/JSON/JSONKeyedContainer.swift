/// The keyed container of `SortedJSONEncoder`: each key gets a slot of the box, in order.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONContainerBox

    var codingPath: [any CodingKey] { box.codingPath }

    private func put(_ value: JSONTreeValue, _ key: Key) {
        box.add(value, key: key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        put(.number(try JSONContainerBox.foundationText(of: value)), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        put(.number(try JSONContainerBox.foundationText(of: value)), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.unsigned(value), key) }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try box.encode(value, at: box.addSlot(key: key.stringValue))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let slot = box.addSlot(key: key.stringValue)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: box.container(at: slot, kind: .object)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(box: box.container(at: box.addSlot(key: key.stringValue), kind: .array))
    }

    mutating func superEncoder() -> any Encoder {
        JSONTreeEncoder(box: box, slot: box.addSlot(key: "super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        JSONTreeEncoder(box: box, slot: box.addSlot(key: key.stringValue))
    }
}
