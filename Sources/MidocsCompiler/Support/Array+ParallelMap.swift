import Dispatch

extension Array where Element: Sendable {
    /// `map` across all cores, keeping the order: pages are parsed, extracted and rendered
    /// independently, so a build uses every core the machine has.
    func parallelMap<Result: Sendable>(_ transform: (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        return OrderedResults.collect(count: count) { slots in
            // Each index is written by exactly one iteration, so the writes never overlap.
            nonisolated(unsafe) let shared = slots
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let work = transform
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    shared[index] = work(self[index])
                }
            }
        }
    }
}

extension Array {
    /// The elements in windows of `size`, each with the index of its first element: for
    /// work done on all cores a window at a time, so that only one window's results are
    /// held at once.
    func windows(of size: Int) -> [(start: Int, elements: [Element])] {
        stride(from: 0, to: count, by: size).map { ($0, Array(self[$0..<Swift.min($0 + size, count)])) }
    }
}
