/// The typed model of the whole documentation set: what every emitter reads, and what
/// `spec.json` publishes.
public struct Spec: Sendable, Hashable, Codable {
    /// The version of the JSON shape, raised when a field changes meaning or goes away.
    public static let formatVersion = 2

    public var version: Int
    public var title: String
    public var pages: [Page]
    public var operations: [Operation]
    public var scopes: [Scope]
    public var errorCodes: [ErrorCode]
    /// Where the API is served, as site.yml's `servers:` lists it; the first is the host of
    /// the paths the docs give without one.
    public var servers: [String] = []
    /// What the profile read beyond the general model; spec.json lists each kind at its top.
    public var profileFacts: ProfileFacts
    /// The name of the profile the docs were read with (site.yml `profile:`), for the
    /// emitters that add its parts; not in spec.json, whose keys say it.
    public var profile: String?

    public init(
        title: String, pages: [Page], operations: [Operation] = [], scopes: [Scope] = [],
        errorCodes: [ErrorCode] = [], profileFacts: ProfileFacts = ProfileFacts(), profile: String? = nil
    ) {
        self.version = Self.formatVersion
        self.title = title
        self.pages = pages
        self.operations = operations
        self.scopes = scopes
        self.errorCodes = errorCodes
        self.profileFacts = profileFacts
        self.profile = profile
    }

    public func page(_ slug: String) -> Page? {
        pages.first { $0.slug == slug }
    }

    public func operation(_ id: String) -> Operation? {
        operations.first { $0.id == id }
    }

    private enum CodingKeys: String, CodingKey {
        case version, title, pages, operations, scopes, errorCodes, servers
    }

    /// A key of the profile's facts.
    private struct FactKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads the general model; the profile's facts are its own to read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        title = try container.decode(String.self, forKey: .title)
        pages = try container.decode([Page].self, forKey: .pages)
        operations = try container.decode([Operation].self, forKey: .operations)
        scopes = try container.decode([Scope].self, forKey: .scopes)
        errorCodes = try container.decode([ErrorCode].self, forKey: .errorCodes)
        servers = try container.decodeIfPresent([String].self, forKey: .servers) ?? []
        profileFacts = ProfileFacts()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(title, forKey: .title)
        try container.encode(pages, forKey: .pages)
        try container.encode(operations, forKey: .operations)
        try container.encode(scopes, forKey: .scopes)
        try container.encode(errorCodes, forKey: .errorCodes)
        if !servers.isEmpty { try container.encode(servers, forKey: .servers) }
        var facts = encoder.container(keyedBy: FactKey.self)
        for (key, list) in profileFacts.lists {
            try facts.encode(list.encodable, forKey: FactKey(stringValue: key))
        }
    }
}
