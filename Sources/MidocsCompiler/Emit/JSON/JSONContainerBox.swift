import Foundation

/// An object or array under construction, with its place in its parent for coding paths.
/// Members are kept in the order they were encoded (the keys of an array's are empty); the
/// writer sorts keys.
final class JSONContainerBox {
    enum Kind { case object, array, root }

    struct Member {
        var key: String
        var value: JSONTreeValue
    }

    let kind: Kind
    /// Unchecked: every value of a document is put here, and checking each access for
    /// overlap cost more than the putting. No access here overlaps another.
    @exclusivity(unchecked) var members: [Member] = []
    /// Unowned: the parent holds the child, and a strong reference back would keep every
    /// tree alive after it was written.
    private unowned let parent: JSONContainerBox?
    private let slotInParent: Int

    init(kind: Kind, parent: JSONContainerBox?, slot: Int) {
        self.kind = kind
        self.parent = parent
        self.slotInParent = slot
    }

    /// A new slot, holding nothing yet, for `key` (objects) or the next element (arrays).
    func addSlot(key: String = "") -> Int {
        add(.nothing, key: key)
        return members.count - 1
    }

    func add(_ value: JSONTreeValue, key: String = "") {
        // Most containers hold a few members: one allocation instead of four growths.
        if members.isEmpty { members.reserveCapacity(8) }
        members.append(Member(key: key, value: value))
    }

    /// The container in `slot`: the one already there when a type asks twice (OpenAPIKit
    /// adds its vendor extensions that way), else a new one.
    func container(at slot: Int, kind: Kind) -> JSONContainerBox {
        if case .container(let existing) = members[slot].value, existing.kind == kind { return existing }
        let box = JSONContainerBox(kind: kind, parent: self, slot: slot)
        members[slot].value = .container(box)
        return box
    }

    /// Puts `value` in `slot`, taking Foundation's own forms for URL, Data and floating point.
    func encode<Value: Encodable>(_ value: Value, at slot: Int) throws {
        // Metatype tests, not dynamic casts: this runs once for every value in the document.
        if Value.self == String.self {
            members[slot].value = .string(unsafeBitCast(value, to: String.self))
        } else if Value.self == Int.self {
            members[slot].value = .integer(Int64(unsafeBitCast(value, to: Int.self)))
        } else if Value.self == Bool.self {
            members[slot].value = .bool(unsafeBitCast(value, to: Bool.self))
        } else if Value.self == URL.self, let url = value as? URL {
            members[slot].value = .string(url.absoluteString)
        } else if Value.self == Data.self, let data = value as? Data {
            members[slot].value = .string(data.base64EncodedString())
        } else if Value.self == Double.self || Value.self == Float.self {
            members[slot].value = .number(try Self.foundationText(of: value))
        } else {
            try value.encode(to: JSONTreeEncoder(box: self, slot: slot))
        }
    }

    /// A floating-point number as Foundation writes it, so that both encoders agree byte
    /// for byte; rare in the model, so the cost of a JSONEncoder does not matter.
    static func foundationText<Value: Encodable>(of value: Value) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    /// The keys from the root down to this container.
    var codingPath: [any CodingKey] { parent?.codingPath(to: slotInParent) ?? [] }

    /// The keys from the root down to `slot`, for the rare type that asks.
    func codingPath(to slot: Int) -> [any CodingKey] {
        var path = codingPath
        switch kind {
        case .object: path.append(JSONPathKey(stringValue: members[slot].key))
        case .array: path.append(JSONPathKey(intValue: slot))
        case .root: break
        }
        return path
    }
}
