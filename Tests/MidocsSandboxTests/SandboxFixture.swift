import Foundation
import MidocsCompiler
import MidocsSandbox

/// The sandbox built from the repository's own content/, with a clock the tests move.
final class SandboxFixture: @unchecked Sendable {
    static let spec: Spec = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let content = try! ContentLoader(
            contentFolder: root.appendingPathComponent("content"), templatesFolder: root.appendingPathComponent("templates")
        ).load()
        return compile(content).spec
    }()

    let sandbox: Sandbox
    private let box = ClockBox()

    init(seed: UInt64 = 7) {
        let box = self.box
        sandbox = Sandbox(spec: Self.spec, client: SandboxClient(), seed: seed, clock: { box.now })
    }

    /// Moves the sandbox's clock on.
    func advance(seconds: TimeInterval) {
        box.advance(seconds)
    }

    func get(_ url: String, headers: [String: String] = [:]) -> SandboxResponse {
        sandbox.respond(to: SandboxRequest(method: "GET", url: url, headers: headers)!)
    }

    /// The JSON of a body, after `&&&START&&&` when it has it.
    static func json(_ response: SandboxResponse) -> [String: Any] {
        var text = response.text
        if text.hasPrefix("&&&START&&&") { text.removeFirst("&&&START&&&".count) }
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
    }

    static func code(_ response: SandboxResponse) -> Int? {
        json(response)["error"] as? Int ?? json(response)["code"] as? Int
    }
}

/// The time the sandbox sees.
final class ClockBox: @unchecked Sendable {
    private let lock = NSLock()
    private var offset: TimeInterval = 0

    var now: Date { lock.withLock { Date().addingTimeInterval(offset) } }

    func advance(_ seconds: TimeInterval) {
        lock.withLock { offset += seconds }
    }
}
