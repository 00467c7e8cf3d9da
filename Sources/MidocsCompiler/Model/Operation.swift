/// One documented call of the service: an HTTP method on a URL, with its parameters and
/// responses. Its fields are `Fields`'s, read and written as the operation's own
/// (`operation.title`).
@dynamicMemberLookup
public struct Operation: Sendable, Hashable, Codable {
    /// What the docs say of an operation, as spec.json writes it.
    public struct Fields: Sendable, Hashable, Codable {
        /// Stable across builds: the page slug and the heading id, `open-api.get-the-profile`.
        public var id: String
        public var title: String
        public var page: String
        /// The id of the operation's heading, for links to it.
        public var anchor: String
        public var method: HTTPMethod?
        public var url: OperationURL?
        /// The prose between the heading and the first label or section.
        public var summary: Text
        public var scopes: [ScopeReference]
        public var parameters: [Parameter]
        /// Examples of the request the docs show (a JSON body, a raw request); nil for none.
        public var requestExamples: [Example]?
        public var responses: [Response]
        public var rateLimit: String?
        /// Set when another operation shares this one's method and URL.
        public var discriminator: Discriminator?
        /// The error codes of the error table that the operation's section cites.
        public var errorCodes: [Int]
        public var location: SourceLocation
    }

    // The pipeline copies operations often (merged, sorted, grouped, compared with the last
    // rebuild's): in one shared box a copy is one retain instead of one per field, and two
    // copies compare equal at once. A watch rebuild after a new paragraph at 10,000 pages
    // took 1.1 s with the fields held directly, most of it retaining them.
    private var box: Box

    public init(
        id: String, title: String, page: String, anchor: String, method: HTTPMethod? = nil,
        url: OperationURL? = nil, summary: Text = .empty, scopes: [ScopeReference] = [],
        parameters: [Parameter] = [], requestExamples: [Example]? = nil, responses: [Response] = [], rateLimit: String? = nil,
        discriminator: Discriminator? = nil, errorCodes: [Int] = [], location: SourceLocation
    ) {
        box = Box(
            Fields(
                id: id, title: title, page: page, anchor: anchor, method: method, url: url, summary: summary, scopes: scopes,
                parameters: parameters, requestExamples: requestExamples, responses: responses, rateLimit: rateLimit, discriminator: discriminator,
                errorCodes: errorCodes, location: location))
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: field] }
        _modify { yield &box.fields[keyPath: field] }
    }

    public init(from decoder: any Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try box.fields.encode(to: encoder)
    }

    /// The fields in a box that copies share until one of them is changed.
    private struct Box: Sendable, Hashable {
        // Never changed while shared: `fields`'s modify copies a shared storage first.
        private final class Storage: @unchecked Sendable {
            var fields: Fields
            init(_ fields: Fields) { self.fields = fields }
        }

        private var storage: Storage

        init(_ fields: Fields) {
            storage = Storage(fields)
        }

        var fields: Fields {
            get { storage.fields }
            _modify {
                if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
                yield &storage.fields
            }
        }

        static func == (left: Box, right: Box) -> Bool {
            left.storage === right.storage || left.storage.fields == right.storage.fields
        }

        func hash(into hasher: inout Hasher) {
            storage.fields.hash(into: &hasher)
        }
    }

    public func parameter(named name: String) -> Parameter? {
        box.fields.parameters.first { $0.name == name }
    }
}
