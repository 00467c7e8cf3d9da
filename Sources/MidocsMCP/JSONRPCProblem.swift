import Foundation
import MCP

/// The JSON-RPC answer to a line that is no message: `{"error":{...},"id":null,"jsonrpc":"2.0"}`,
/// with the line's id, or null when it gives none the client could match.
enum JSONRPCProblem {
    static func response(_ error: MCPError, id: ID?) -> Data {
        let identifier: Any =
            switch id {
            case .string(let text)?: text
            case .number(let number)?: number
            case nil: NSNull()
            }
        let object: [String: Any] = [
            "jsonrpc": "2.0", "id": identifier,
            "error": ["code": error.code, "message": error.errorDescription ?? "\(error)"],
        ]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }
}
