/// One kind of fact a profile reads beyond the general model, such as a worked example of
/// the service's own rules.
public protocol ProfileFact: Sendable, Hashable, Codable {
    /// The top-level key of spec.json that lists the facts of this kind.
    static var specKey: String { get }
    var location: SourceLocation { get }
}

/// The facts a profile read, by kind; spec.json lists each kind under its own key, in
/// the order they stand in the docs. Empty without a profile.
public struct ProfileFacts: Sendable, Hashable {
    /// One kind's facts, with what needs their type: only their profile knows it.
    struct List: @unchecked Sendable, Hashable {
        // Holds a `[Fact]`, whose elements are Sendable.
        let facts: AnyHashable
        let encodable: any Encodable
        let appendJSON: @Sendable (inout ByteChunks, _ depth: Int) -> Void
        let adding: @Sendable (List) -> List

        static func make<Fact: ProfileFact>(_ facts: [Fact]) -> List {
            let sorted = facts.sorted { $0.location < $1.location }
            return List(
                facts: AnyHashable(sorted), encodable: sorted,
                appendJSON: { bytes, depth in
                    _ = EncodedParts.append(
                        sorted.map { ("\($0.location)", $0) }, depth: depth, to: &bytes, reusing: EncodedParts(), keeping: false)
                },
                adding: { other in make(sorted + (other.facts.base as? [Fact] ?? [])) })
        }

        static func == (left: List, right: List) -> Bool { left.facts == right.facts }
        func hash(into hasher: inout Hasher) { hasher.combine(facts) }
    }

    /// By the key spec.json lists them under.
    private(set) var lists: [String: List] = [:]

    public init() {}

    /// The facts of `kind`, in the docs' order.
    public func facts<Fact: ProfileFact>(_ kind: Fact.Type) -> [Fact] {
        lists[Fact.specKey]?.facts.base as? [Fact] ?? []
    }

    /// Adds `facts`; a kind appended even empty is listed in spec.json.
    public mutating func append<Fact: ProfileFact>(_ facts: [Fact]) {
        merge(key: Fact.specKey, .make(facts))
    }

    /// Adds every kind of `other`'s facts to these.
    mutating func merge(_ other: ProfileFacts) {
        for (key, list) in other.lists { merge(key: key, list) }
    }

    private mutating func merge(key: String, _ list: List) {
        lists[key] = lists[key].map { $0.adding(list) } ?? list
    }
}
