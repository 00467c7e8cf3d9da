import OpenAPIKit

extension Field {
    /// The field as a property schema: `expires_in` (int) is an int32 integer; `data` (object,
    /// with `miliaoNick`, `unionId`...) an object schema with its own properties and required
    /// list. With `errorCodeSchema`, an integer `error` or `code` refers to that schema.
    func makeJSONSchema(errorCodeSchema: String? = nil) -> JSONSchema {
        let description = self.description.plain.isEmpty ? nil : self.description.plain
        if let errorCodeSchema, isErrorCode {
            return .reference(.component(named: errorCodeSchema), required: isDeclaredRequired, description: description)
        }
        if type == .object, !fields.isEmpty {
            return Field.makeObjectSchema(
                fields, errorCodeSchema: errorCodeSchema, required: isDeclaredRequired, description: description)
        }
        guard let type else {
            // A type the docs name but midocs does not know: say nothing rather than guess.
            return .fragment(required: isDeclaredRequired, description: description)
        }
        return type.makeJSONSchema(required: isDeclaredRequired, description: description)
    }

    /// An object schema whose properties are `fields`, sorted by name so the `required` list is too.
    static func makeObjectSchema(
        _ fields: [Field], errorCodeSchema: String? = nil, required: Bool = true, description: String? = nil
    ) -> JSONSchema {
        var properties: OrderedDictionary<String, JSONSchema> = [:]
        for field in fields.sorted(by: { $0.name < $1.name }) where properties[field.name] == nil {
            properties[field.name] = field.makeJSONSchema(errorCodeSchema: errorCodeSchema)
        }
        return .object(required: required, description: description, properties: properties)
    }

    private var isErrorCode: Bool {
        (name == "error" || name == "code") && (type == .int || type == .long)
    }
}
