/// The `Encoder` handed to each value: it writes into one slot of a container. A struct of
/// two words, so that encoding a nested value allocates nothing for the encoder itself.
struct JSONTreeEncoder: Encoder {
    let box: JSONContainerBox
    let slot: Int

    var codingPath: [any CodingKey] { box.codingPath(to: slot) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONKeyedContainer<Key>(box: box.container(at: slot, kind: .object)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(box: box.container(at: slot, kind: .array))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(box: box, slot: slot)
    }
}
