/// Measures how long each stage of a build takes, for `midocs build --timings`.
public struct PhaseTimer: Sendable {
    public private(set) var phases: [(name: String, duration: Duration)] = []
    private let clock = ContinuousClock()

    public init() {}

    /// Runs `work` and remembers its duration under `name`.
    mutating func measure<Result>(_ name: String, _ work: () throws -> Result) rethrows -> Result {
        let start = clock.now
        let result = try work()
        phases.append((name, clock.now - start))
        return result
    }

    /// Adds the phases another timer measured, such as one running on another core.
    mutating func append(_ other: PhaseTimer) {
        phases += other.phases
    }

    /// `parse 120 ms, extract 30 ms, ...`.
    public var summary: String {
        phases.map { phase in
            let milliseconds = Double(phase.duration.components.seconds) * 1000
                + Double(phase.duration.components.attoseconds) / 1e15
            return "\(phase.name) \(Int(milliseconds.rounded())) ms"
        }.joined(separator: ", ")
    }
}
