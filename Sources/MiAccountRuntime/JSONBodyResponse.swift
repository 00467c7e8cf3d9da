import Foundation

/// A response that arrives as a JSON body, perhaps after a prefix such as `&&&START&&&`.
public protocol JSONBodyResponse: Decodable, Sendable {
    static var bodyPrefix: String? { get }
}

extension JSONBodyResponse {
    public static var bodyPrefix: String? { nil }

    /// Decodes a body as it arrives, removing the documented prefix first.
    public static func decode(from body: Data) throws -> Self {
        try JSONDecoder().decode(Self.self, from: removingPrefix(from: body))
    }

    static func removingPrefix(from body: Data) -> Data {
        guard let prefix = bodyPrefix.map({ Data($0.utf8) }) else { return body }
        let start = body.firstIndex { !(" \t\r\n".utf8.contains($0)) } ?? body.startIndex
        let trimmed = body[start...]
        return trimmed.starts(with: prefix) ? Data(trimmed.dropFirst(prefix.count)) : Data(trimmed)
    }
}

extension JSONOperationRequest {
    /// The success body, or the failure body thrown as an error.
    public static func decodeAnswer(_ body: Data) throws -> Success {
        do {
            return try Success.decode(from: body)
        } catch let successError {
            guard let failure = try? Failure.decode(from: body) else { throw successError }
            throw failure
        }
    }
}
