import Foundation
import Logging
import MCP

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// MCP's stdio transport, one JSON-RPC message per line, stricter than the SDK's: it reads
/// on a thread of its own with blocking reads (the process's standard streams stay as they
/// are), drops a line longer than `maximumLineSize` without keeping it, and answers a line
/// that is no JSON-RPC message itself, with the JSON-RPC error and the message's id, or null
/// where it has none that can be read (the SDK would answer a made-up id). What passes is
/// handed to the server.
actor LineTransport: Transport {
    public nonisolated let logger: Logger
    private let input: Int32
    private let output: Int32
    private let maximumLineSize: Int
    private let messages: AsyncThrowingStream<Data, any Error>
    private let continuation: AsyncThrowingStream<Data, any Error>.Continuation
    private var isConnected = false
    private let openRequests = OpenRequests()

    /// Reads `input` and writes `output`, file descriptors the transport does not close.
    init(input: Int32, output: Int32, maximumLineSize: Int = 4 << 20, logger: Logger) {
        self.input = input
        self.output = output
        self.maximumLineSize = maximumLineSize
        self.logger = logger
        (messages, continuation) = AsyncThrowingStream.makeStream(of: Data.self)
    }

    public func connect() async throws {
        guard !isConnected else { return }
        isConnected = true
        let reader = Thread { [input, maximumLineSize, continuation, openRequests] in
            LineReader(input: input, maximumLineSize: maximumLineSize).run { line in
                switch line {
                case .message(let data, let opens, let cancels):
                    openRequests.open(opens, close: cancels)
                    continuation.yield(data)
                case .problem(let error, let id):
                    Task { try? await self.send(JSONRPCProblem.response(error, id: id)) }
                }
            }
            // The input ended: the requests read are answered before the server stops.
            openRequests.waitUntilAnswered(seconds: 30)
            continuation.finish()
        }
        reader.name = "midocs mcp reader"
        reader.start()
    }

    public func disconnect() async {
        isConnected = false
        continuation.finish()
    }

    /// Writes one message and its newline, whole: messages never interleave.
    public func send(_ data: Data) async throws {
        var bytes = [UInt8](data)
        bytes.append(UInt8(ascii: "\n"))
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw MCPError.transportError(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
            }
            written += count
        }
        openRequests.answered(by: data)
    }

    public func receive() -> AsyncThrowingStream<Data, any Error> {
        messages
    }
}
