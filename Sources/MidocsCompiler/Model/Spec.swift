/// The typed model of the whole documentation set: what every emitter reads, and what
/// `spec.json` publishes.
public struct Spec: Sendable, Hashable, Codable {
    /// The version of the JSON shape, raised when a field changes meaning or goes away.
    public static let formatVersion = 1

    public var version: Int
    public var title: String
    public var pages: [Page]
    public var operations: [Operation]
    public var scopes: [Scope]
    public var errorCodes: [ErrorCode]
    public var signatureExamples: [SignatureExample]
    public var redirectURIExamples: [RedirectURIExample]

    public init(
        title: String, pages: [Page], operations: [Operation] = [], scopes: [Scope] = [],
        errorCodes: [ErrorCode] = [], signatureExamples: [SignatureExample] = [],
        redirectURIExamples: [RedirectURIExample] = []
    ) {
        self.version = Self.formatVersion
        self.title = title
        self.pages = pages
        self.operations = operations
        self.scopes = scopes
        self.errorCodes = errorCodes
        self.signatureExamples = signatureExamples
        self.redirectURIExamples = redirectURIExamples
    }

    public func page(_ slug: String) -> Page? {
        pages.first { $0.slug == slug }
    }

    public func operation(_ id: String) -> Operation? {
        operations.first { $0.id == id }
    }
}
