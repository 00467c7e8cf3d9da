/// One documented result as the `x-midocs-redirects` and `x-midocs-callback` extensions list
/// it, so no field of the docs is lost: `{"variant": "implicit.get-an-access-token-in-the-browser",
/// "outcome": "success", "delivery": "redirect with fragment", "fields": [...]}`.
struct ResultEntry: Encodable, Sendable {
    /// A field of the result, with its type as the docs write it.
    struct Value: Encodable, Sendable {
        let name: String
        let type: String
        let required: Bool
        let description: String
    }

    let variant: String
    let outcome: String
    let delivery: String
    let fields: [Value]

    init(variant: Operation, response: Response) {
        self.variant = variant.id
        self.outcome = response.outcome.rawValue
        self.delivery = response.delivery.rawValue
        self.fields = response.fields.map {
            Value(
                name: $0.name, type: $0.type?.description ?? $0.typeName, required: $0.isDeclaredRequired,
                description: $0.description.plain)
        }
    }

    /// "code, state (optional)".
    static func names(of fields: [Field]) -> String {
        fields.map { $0.isDeclaredRequired ? $0.name : "\($0.name) (optional)" }.joined(separator: ", ")
    }
}
