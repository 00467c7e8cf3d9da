import Foundation

/// The nonce of a MAC signature: a random number, a colon, and the minutes since
/// 1970-01-01 00:00 UTC, such as `2870867952176701445:23282360`.
public struct Nonce: Sendable, Hashable, CustomStringConvertible {
    public let random: UInt64
    public let minutes: Int64

    public init(random: UInt64, minutes: Int64) {
        self.random = random
        self.minutes = minutes
    }

    /// A fresh nonce for now. A rare "nonce already used" answer is a collision; retry.
    public static func make(now: Date = Date()) -> Nonce {
        var generator = SystemRandomNumberGenerator()
        return Nonce(random: generator.next() >> 1, minutes: Int64(now.timeIntervalSince1970 / 60))
    }

    /// Reads `2870867952176701445:23282360`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let random = UInt64(parts[0]), let minutes = Int64(parts[1]) else { return nil }
        self.init(random: random, minutes: minutes)
    }

    public var description: String { "\(random):\(minutes)" }
}
