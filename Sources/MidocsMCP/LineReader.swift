import Foundation
import MCP

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits a stream into lines and tells a JSON-RPC message from anything else, for
/// `LineTransport`: `{"jsonrpc":"2.0","id":1,"method":"ping"}` passes; `{oops` is a parse
/// error, `42` or `{"id":1}` an invalid request, a line of more than `maximumLineSize`
/// bytes (read and dropped, never kept) an invalid request too.
struct LineReader {
    enum Line {
        /// A message, with the ids of the requests it opens and of those it cancels.
        case message(Data, opens: [ID], cancels: [ID])
        /// What is wrong, with the message's id when it has one that can be read.
        case problem(MCPError, id: ID?)
    }

    let input: Int32
    let maximumLineSize: Int

    /// Reads until the end of the input, blocking, and hands over each line that is not blank.
    func run(_ deliver: (Line) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pending: [UInt8] = []
        var isDropping = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            var start = 0
            while let newline = buffer[start..<count].firstIndex(of: UInt8(ascii: "\n")) {
                if isDropping {
                    isDropping = false
                    deliver(.problem(tooLong, id: nil))
                } else {
                    pending += buffer[start..<newline]
                    if let line = Self.message(in: pending) { deliver(line) }
                }
                pending.removeAll(keepingCapacity: pending.count <= 1 << 16)
                start = newline + 1
            }
            guard !isDropping else { continue }
            pending += buffer[start..<count]
            if pending.count > maximumLineSize {
                isDropping = true
                pending = []
            }
        }
        if isDropping {
            deliver(.problem(tooLong, id: nil))
        } else if let line = Self.message(in: pending) {
            deliver(line)
        }
    }

    private var tooLong: MCPError {
        .invalidRequest("the message is longer than \(maximumLineSize) bytes; send one message per line, each shorter")
    }

    /// A line's message, or what is wrong with it; nil for a blank line.
    static func message(in bytes: [UInt8]) -> Line? {
        let trimmed = bytes.reversed().drop { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.reversed()
        guard trimmed.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return nil }
        let data = Data(trimmed)
        guard let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .problem(.parseError("the line is not JSON"), id: nil)
        }
        if let batch = json as? [Any] {
            guard !batch.isEmpty else { return .problem(.invalidRequest("an empty batch"), id: nil) }
            for element in batch {
                if let problem = envelopeProblem(element) { return .problem(.invalidRequest("in the batch: " + problem), id: nil) }
            }
            return .message(data, opens: batch.compactMap(requestID), cancels: batch.compactMap(cancelledID))
        }
        if let problem = envelopeProblem(json) { return .problem(.invalidRequest(problem), id: id(of: json)) }
        return .message(data, opens: [requestID(json)].compactMap { $0 }, cancels: [cancelledID(json)].compactMap { $0 })
    }

    /// The id of a request, which is answered; nil for a notification or a response.
    private static func requestID(_ json: Any) -> ID? {
        (json as? [String: Any])?["method"] == nil ? nil : id(of: json)
    }

    /// The request a `notifications/cancelled` cancels, which is not answered.
    private static func cancelledID(_ json: Any) -> ID? {
        guard let object = json as? [String: Any], object["method"] as? String == CancelledNotification.name,
            let params = object["params"] as? [String: Any], let id = params["requestId"], isID(id)
        else { return nil }
        return self.id(of: ["id": id])
    }

    /// What keeps `json` from being a JSON-RPC 2.0 request, notification or response.
    static func envelopeProblem(_ json: Any) -> String? {
        guard let object = json as? [String: Any] else { return "a message is a JSON object" }
        guard object["jsonrpc"] as? String == "2.0" else { return "\"jsonrpc\" must be \"2.0\"" }
        if let id = object["id"], !isID(id) { return "\"id\" must be a string or an integer" }
        if let method = object["method"] {
            guard method is String else { return "\"method\" must be a string" }
            if let params = object["params"], !(params is [String: Any] || params is [Any] || params is NSNull) {
                return "\"params\" must be an object or an array"
            }
            return nil
        }
        guard object["id"] != nil, (object["result"] != nil) != (object["error"] != nil) else {
            return "a message needs a \"method\", or an \"id\" with a \"result\" or an \"error\""
        }
        return nil
    }

    /// The id of a message, when it is one JSON-RPC allows.
    static func id(of json: Any) -> ID? {
        guard let value = (json as? [String: Any])?["id"], isID(value) else { return nil }
        if let text = value as? String { return .string(text) }
        return (value as? NSNumber).map { .number($0.intValue) }
    }

    private static func isID(_ value: Any) -> Bool {
        if value is String { return true }
        guard let number = value as? NSNumber, !isBoolean(number) else { return false }
        return !["d", "f"].contains(String(cString: number.objCType))
    }

    private static func isBoolean(_ number: NSNumber) -> Bool {
        // JSONSerialization gives `true` and `false` as an NSNumber subclass of that name.
        String(describing: type(of: number)).contains("Boolean")
    }
}
