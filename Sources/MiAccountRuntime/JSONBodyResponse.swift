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
    /// The success body; a documented failure body, or anything else, is thrown as a
    /// `MiAccountError`. `status` is the answer's HTTP status (200 when unknown).
    public static func decodeAnswer(_ body: Data, status: Int = 200) throws(MiAccountError) -> Success {
        let isSuccessStatus = (200..<300).contains(status)
        if isSuccessStatus, let success = try? Success.decode(from: body) { return success }
        if let failure = try? Failure.decode(from: body) { throw failure.makeError(status: status) }
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        throw MiAccountError(kind: .unexpectedAnswer, description: "an answer the docs do not describe: \(text)", status: status)
    }
}
