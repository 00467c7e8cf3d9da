import OpenAPIKit

extension ValueType {
    /// `long` is an int64 integer, `int` an int32 one, `list of string` an array of strings.
    func makeJSONSchema(required: Bool = true, description: String? = nil, allowedValues: [AnyCodable]? = nil) -> JSONSchema {
        switch self {
        case .long:
            return .integer(format: .int64, required: required, description: description, allowedValues: allowedValues)
        case .int:
            return .integer(format: .int32, required: required, description: description, allowedValues: allowedValues)
        case .number:
            return .number(required: required, description: description, allowedValues: allowedValues)
        case .file:
            return .string(format: .other("binary"), required: required, description: description, allowedValues: allowedValues)
        case .any:
            return .fragment(required: required, description: description)
        case .string:
            return .string(required: required, description: description, allowedValues: allowedValues)
        case .boolean:
            return .boolean(required: required, description: description, allowedValues: allowedValues)
        case .object:
            return .object(required: required, description: description, allowedValues: allowedValues)
        case .list(let element):
            return .array(
                required: required, description: description, items: element.makeJSONSchema(), allowedValues: allowedValues)
        }
    }

    /// The JSON value the docs mean by `text` for this type: "7776000" is a number for `int`,
    /// "true" a boolean for `boolean`; text that does not read as the type stays a string.
    func makeValue(_ text: String) -> AnyCodable {
        switch self {
        case .long, .int: return Int(text).map { AnyCodable($0) } ?? AnyCodable(text)
        case .number: return Double(text).map { AnyCodable($0) } ?? AnyCodable(text)
        case .boolean: return Bool(text).map { AnyCodable($0) } ?? AnyCodable(text)
        case .string, .object, .file, .any, .list: return AnyCodable(text)
        }
    }
}
