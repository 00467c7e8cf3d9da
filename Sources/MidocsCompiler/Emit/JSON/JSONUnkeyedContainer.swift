/// The unkeyed container of `SortedJSONEncoder`: each element gets the next slot.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer, JSONPrimitiveEncoding {
    let box: JSONContainerBox

    var codingPath: [any CodingKey] { box.codingPath }
    var count: Int { box.members.count }

    func put(_ value: JSONTreeValue) {
        box.add(value)
    }

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
