/// SplitMix64: the same seed gives the same tokens and codes, so tests can expect them.
/// Without a seed the sandbox uses the system's secure generator instead.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Where the sandbox's secrets come from: seeded for tests, secure otherwise.
struct SecretSource: Sendable {
    private var seeded: SeededGenerator?

    init(seed: UInt64?) {
        seeded = seed.map(SeededGenerator.init(seed:))
    }

    /// `count` random bytes as upper-case hex.
    mutating func hex(bytes count: Int) -> String {
        (0..<count).map { _ in String(format: "%02X", nextByte()) }.joined()
    }

    /// URL-safe text: letters, digits, `-` and `_`.
    mutating func token(length: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        return String((0..<length).map { _ in alphabet[Int(nextByte()) % alphabet.count] })
    }

    mutating func number(below bound: UInt64) -> UInt64 {
        if seeded != nil { return seeded!.next() % bound }
        var system = SystemRandomNumberGenerator()
        return system.next() % bound
    }

    private mutating func nextByte() -> UInt8 {
        UInt8(truncatingIfNeeded: number(below: 256))
    }
}
