import Foundation
import MCP
import MiAccountRules
import MidocsCompiler

/// What `sign_request` answers: the parts signed, the normalised string and the header.
struct SignatureAnswer: Codable, Sendable {
    struct SignedParts: Codable, Sendable {
        var method: String
        var host: String
        var path: String
        /// The query line: sorted, still percent-encoded, empty values left out.
        var query: String
    }

    var normalizedString: String
    var signature: String
    var nonce: String
    /// The header's value, `MAC access_token="...", nonce="...", mac="..."`.
    var authorization: String
    /// The whole header line, as curl's `-H` takes it.
    var header: String
    var signed: SignedParts
    /// The documented operation the URL is for, when one fits.
    var operation: String?
    /// Query values not percent-encoded the strict way the docs ask for: the service may
    /// read them otherwise (a `+` as a space), and its signature then differs.
    var warnings: [String]

    init(_ signature: MACSignature, accessToken: String, key: String, operation: Operation?) {
        normalizedString = signature.normalizedString
        self.signature = signature.signature(key: key)
        nonce = signature.nonce
        authorization = signature.authorizationHeader(accessToken: accessToken, key: key)
        header = "Authorization: " + authorization
        signed = SignedParts(
            method: signature.method.uppercased(), host: signature.host.lowercased(), path: signature.path, query: signature.normalizedQuery)
        self.operation = operation?.id
        warnings = signature.query.compactMap { name, value in
            guard !Self.isStrictlyEncoded(value) else { return nil }
            let encoded = PercentEncoding.strict(value.removingPercentEncoding ?? value)
            return "the value of '\(name)' is not percent-encoded the strict way (RFC 3986) the MAC page asks for; "
                + "send and sign it as '\(encoded)'"
        }
    }

    /// Only letters, digits, `-._~` and `%XX`.
    private static func isStrictlyEncoded(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) else { return false }
                index += 3
                continue
            }
            let isUnreserved =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "-._~".utf8.contains(byte)
            guard isUnreserved else { return false }
            index += 1
        }
        return true
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    static let schema: Value = JSONSchema.object(
        [
            "normalizedString": JSONSchema.string("five lines, each ending in a newline: nonce, method, host, path, query"),
            "signature": JSONSchema.string("Base64 of the HMAC-SHA1 of the normalised string"),
            "nonce": JSONSchema.string, "authorization": JSONSchema.string("the Authorization header's value"),
            "header": JSONSchema.string("the whole Authorization header line"),
            "signed": JSONSchema.object(
                ["method": JSONSchema.string, "host": JSONSchema.string, "path": JSONSchema.string, "query": JSONSchema.string],
                required: ["method", "host", "path", "query"]),
            "operation": JSONSchema.string("the id of the documented operation the URL is for"),
            "warnings": JSONSchema.array(of: JSONSchema.string),
        ], required: ["normalizedString", "signature", "nonce", "authorization", "header", "signed", "warnings"])
}
