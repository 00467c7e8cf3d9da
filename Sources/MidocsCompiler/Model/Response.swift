/// One documented outcome of an operation and how it reaches the caller.
public struct Response: Sendable, Hashable, Codable {
    public enum Outcome: String, Sendable, Hashable, Codable {
        case success, failure
    }

    public enum Delivery: String, Sendable, Hashable, Codable, CaseIterable {
        case redirectWithQuery = "redirect with query"
        case redirectWithFragment = "redirect with fragment"
        case jsonBody = "JSON body"
        case callback
    }

    public var outcome: Outcome
    public var delivery: Delivery
    /// The HTTP status the docs give (`200 OK`, `Status: 201`), if any.
    public var status: Int?
    /// Text the service puts before the JSON, such as `&&&START&&&`.
    public var bodyPrefix: String?
    public var fields: [Field]
    public var examples: [Example]
    public var location: SourceLocation

    public init(
        outcome: Outcome, delivery: Delivery, status: Int? = nil, bodyPrefix: String? = nil, fields: [Field] = [],
        examples: [Example] = [], location: SourceLocation
    ) {
        self.outcome = outcome
        self.delivery = delivery
        self.status = status
        self.bodyPrefix = bodyPrefix
        self.fields = fields
        self.examples = examples
        self.location = location
    }
}
