import Foundation
import MCP

/// The requests read and not yet answered, so that the end of the input waits for their
/// answers (`printf '...' | midocs mcp` gets every one) rather than ending the server under
/// them. Shared by the reading thread and the transport, under a lock.
final class OpenRequests: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: Set<ID> = []

    func open(_ opened: [ID], close closed: [ID]) {
        lock.withLock {
            ids.formUnion(opened)
            ids.subtract(closed)
        }
    }

    /// Marks the requests an outgoing message answers as answered.
    func answered(by message: Data) {
        guard let json = try? JSONSerialization.jsonObject(with: message) else { return }
        let answers = (json as? [Any] ?? [json]).compactMap { $0 as? [String: Any] }.filter { $0["method"] == nil }
        let answered = answers.compactMap { LineReader.id(of: $0) }
        guard !answered.isEmpty else { return }
        lock.withLock { ids.subtract(answered) }
    }

    /// Waits until every request is answered, or `seconds` pass.
    func waitUntilAnswered(seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, !(lock.withLock { ids.isEmpty }) {
            Thread.sleep(forTimeInterval: 0.01)
        }
    }
}
