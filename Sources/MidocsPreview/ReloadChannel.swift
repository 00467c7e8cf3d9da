import Synchronization

/// Hands each rebuild's outcome to every open event stream. A new stream starts with the
/// current state: a page opened while the docs have errors shows them at once.
public final class ReloadChannel: Sendable {
    private struct State {
        var generation = 0
        var errors: String?
        var subscribers: [Int: AsyncStream<PreviewEvent>.Continuation] = [:]
        var nextID = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// How many streams are open, for tests and the log.
    public var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// A successful rebuild: every page reloads.
    public func publishReload(summary: String) {
        broadcast { state in
            state.generation += 1
            state.errors = nil
            return .reload(generation: state.generation, summary: summary)
        }
    }

    /// A rebuild that failed: pages show `text` until the next success.
    public func publishErrors(_ text: String) {
        broadcast { state in
            state.generation += 1
            state.errors = text
            return .errors(generation: state.generation, text: text)
        }
    }

    public func publishKeepAlive() {
        broadcast { _ in .keepAlive }
    }

    public func subscribe() -> AsyncStream<PreviewEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: PreviewEvent.self, bufferingPolicy: .bufferingNewest(16))
        let id = state.withLock { state -> Int in
            let id = state.nextID
            state.nextID += 1
            state.subscribers[id] = continuation
            if let errors = state.errors {
                continuation.yield(.errors(generation: state.generation, text: errors))
            } else {
                continuation.yield(.hello(generation: state.generation))
            }
            return id
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    private func broadcast(_ change: (inout State) -> PreviewEvent) {
        state.withLock { state in
            let event = change(&state)
            for continuation in state.subscribers.values { continuation.yield(event) }
        }
    }
}
