/// A documented operation in the catalogue (`Endpoint.all`): what a tool needs to route or
/// check a call.
public struct Endpoint: Sendable, Hashable {
    /// What tells apart operations that share a method and URL: `response_type=code`.
    public struct Discriminator: Sendable, Hashable {
        public let parameter: String
        public let value: String

        public init(parameter: String, value: String) {
            self.parameter = parameter
            self.value = value
        }
    }

    public let id: String
    public let title: String
    public let method: String
    public let url: String
    public let scopes: [Scope]
    public let discriminator: Discriminator?

    public init(id: String, title: String, method: String, url: String, scopes: [Scope], discriminator: Discriminator?) {
        self.id = id
        self.title = title
        self.method = method
        self.url = url
        self.scopes = scopes
        self.discriminator = discriminator
    }
}
