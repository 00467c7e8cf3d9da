import OpenAPIKit

/// The error-code table as one schema, `OAuthErrorCode`: an integer limited to the codes,
/// with each code's name in `x-midocs-error-names` and each meaning in the description.
enum OAuthErrorCodeSchema {
    static let name = "OAuthErrorCode"

    /// 96001 `OA_CLIENT_NOT_EXISTS` "The client does not exist..." becomes the value 96001,
    /// the name entry "96001": "OA_CLIENT_NOT_EXISTS" and the line
    /// "- 96001 OA_CLIENT_NOT_EXISTS: The client does not exist...".
    static func make(_ errorCodes: [ErrorCode]) -> JSONSchema {
        var byCode: [Int: ErrorCode] = [:]
        for errorCode in errorCodes where byCode[errorCode.code] == nil {
            byCode[errorCode.code] = errorCode
        }
        let sorted = byCode.values.sorted { $0.code < $1.code }
        let lines = sorted.map { "- \($0.code) \($0.name): \($0.description.plain)" }
        let description = "An OAuth error code, one of the error-code table:\n\n" + lines.joined(separator: "\n")
        var names: [String: String] = [:]
        for errorCode in sorted {
            names[String(errorCode.code)] = errorCode.name
        }
        return JSONSchema.integer(
            format: .int32, description: description, allowedValues: sorted.map { AnyCodable($0.code) }
        ).with(vendorExtensions: ["x-midocs-error-names": AnyCodable(names)])
    }
}
