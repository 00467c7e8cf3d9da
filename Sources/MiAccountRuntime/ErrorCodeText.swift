/// An error code as an answer writes it: a number (`96013`) or an RFC 6749 name
/// (`access_denied`), kept as text so that neither form fails to decode.
public struct ErrorCodeText: Sendable, Hashable, Decodable, ParameterValue, CustomStringConvertible {
    public let description: String

    public init(_ text: String) {
        description = text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            description = String(number)
        } else {
            description = try container.decode(String.self)
        }
    }

    public var parameterText: String { description }
    public init?(parameterText: String) { self.init(parameterText) }
}

/// A generated enum of the docs' error codes.
public protocol DocumentedErrorCode: CaseIterable, Sendable {
    var rawValue: Int { get }
    /// The constant's name in the docs, `OA_ACCESS_DENIED`.
    var name: String { get }
}

extension MiAccountError {
    /// The documented code this error carries: by number (`96012`), by the docs' name
    /// (`OA_ACCESS_DENIED`), or by the RFC 6749 name it has after its prefix (`access_denied`).
    public func documentedCode<Code: DocumentedErrorCode>() -> Code? {
        guard let rawCode, !rawCode.isEmpty else { return nil }
        let standardName = rawCode.uppercased()
        return Code.allCases.first { code in
            String(code.rawValue) == rawCode || code.name == rawCode
                || code.name.split(separator: "_", maxSplits: 1).last.map(String.init) == standardName
        }
    }
}
