/// A value kept in one box that copies share until one of them is changed. A model value
/// with many fields is copied often (grouped, sorted, compared with the last build's): in
/// a box, a copy is one retain instead of one per field, and two copies compare equal at
/// once.
struct CopyOnWrite<Value: Sendable & Hashable>: Sendable, Hashable {
    // Never changed while shared: `value`'s modify copies a shared box first.
    private final class Box: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) {
        box = Box(value)
    }

    var value: Value {
        get { box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.box === rhs.box || lhs.box.value == rhs.box.value
    }

    func hash(into hasher: inout Hasher) {
        box.value.hash(into: &hasher)
    }
}
