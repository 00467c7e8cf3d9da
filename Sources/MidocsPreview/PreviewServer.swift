import FlyingFox
import FlyingSocks
import Foundation

/// Serves the built site on loopback for `midocs serve`, adds the reload script to HTML
/// pages, and streams rebuild events to them.
public struct PreviewServer: Sendable {
    public let files: URL
    public let channel: ReloadChannel

    public init(siteFolder: URL, channel: ReloadChannel) {
        self.files = siteFolder
        self.channel = channel
    }

    /// Listens on `host`:`port` (0 picks a free port) until cancelled; `listening` is given
    /// the port once connections are accepted.
    public func run(host: String, port: UInt16, listening: @escaping @Sendable (UInt16) -> Void) async throws {
        let address = try sockaddr_in.inet(ip4: host, port: port)
        let server = HTTPServer(address: address, logger: .disabled)
        let site = SiteFiles(folder: files)
        let channel = self.channel
        await server.appendRoute(HTTPRoute(method: .GET, path: PreviewScript.eventsPath)) { _ in
            HTTPResponse(
                statusCode: .ok,
                headers: HTTPHeaders([.contentType: "text/event-stream", .init("Cache-Control"): "no-store"]),
                body: HTTPBodySequence(from: EventStreamBody(events: channel.subscribe())))
        }
        await server.appendRoute(HTTPRoute(methods: [.GET, .HEAD], path: "*")) { request in Self.respond(to: request, from: site) }
        let running = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 10)
        } catch {
            // Not listening: the server's own error (the port is taken, say) says why.
            running.cancel()
            try await running.value
            throw error
        }
        if case .ip4(_, let actualPort) = await server.listeningAddress { listening(actualPort) }
        // Idle streams get a comment now and then, so closed ones are noticed and dropped.
        let keepAlive = Task {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(15))
                channel.publishKeepAlive()
            }
        }
        defer { keepAlive.cancel() }
        try await running.value
    }

    static func respond(to request: HTTPRequest, from site: SiteFiles) -> HTTPResponse {
        guard let file = site.file(for: request.path), var data = try? Data(contentsOf: file) else {
            // Browsers ask for an icon the site may not have; no answer is not an error.
            if request.path == "/favicon.ico" { return HTTPResponse(statusCode: .noContent) }
            return HTTPResponse(
                statusCode: .notFound, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]),
                body: Data("Not found: \(request.path)\n".utf8))
        }
        let type = SiteFiles.contentType(of: file)
        if file.pathExtension == "html" {
            data = Data(PreviewScript.inject(into: String(decoding: data, as: UTF8.self)).utf8)
        }
        return HTTPResponse(
            statusCode: .ok, headers: HTTPHeaders([.contentType: type, .init("Cache-Control"): "no-store"]),
            body: request.method == .HEAD ? Data() : data)
    }
}
