/// The results of tasks run at once, one slot per task: `fill` gets empty slots, each to be
/// written exactly once by one task, and the results come back in slot order once it returns.
/// Shared by `parallelMap` and `concurrentMap`, which differ only in how they run the tasks.
enum OrderedResults {
    static func collect<Result: Sendable>(count: Int, _ fill: (UnsafeMutableBufferPointer<Result?>) -> Void) -> [Result] {
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        fill(slots)
        return slots.map { $0! }
    }
}
