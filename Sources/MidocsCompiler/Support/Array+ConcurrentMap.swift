import Dispatch

extension Array where Element: Sendable {
    /// `map` with each element on a thread of its own (the first on the calling thread),
    /// keeping the order. For a few large tasks that use `parallelMap` inside: Dispatch runs
    /// a `concurrentPerform` nested in another one element by element, so the outer level
    /// must not be one.
    func concurrentMap<Result: Sendable>(_ transform: (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        return OrderedResults.collect(count: count) { slots in
            // Each index is written by exactly one task, and all are awaited before reading.
            nonisolated(unsafe) let shared = slots
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let work = transform
                let group = DispatchGroup()
                for index in indices.dropFirst() {
                    let element = self[index]
                    DispatchQueue.global().async(group: group) { shared[index] = work(element) }
                }
                shared[0] = work(self[0])
                group.wait()
            }
        }
    }
}
