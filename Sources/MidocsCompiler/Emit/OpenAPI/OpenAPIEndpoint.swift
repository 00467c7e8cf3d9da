/// One method on one URL, which is one OpenAPI operation, with the documented operations it
/// serves: `GET /oauth2/token` serves both the code exchange and the refresh.
struct OpenAPIEndpoint: Hashable, Sendable {
    let method: HTTPMethod
    let url: OperationURL
    /// The documented operations, in the docs' order; more than one when they share the URL.
    let variants: [Operation]
    /// Unique in the document: the heading's id for one operation (`getTheUserProfile`), the
    /// path's last part for several (`token`).
    var operationID: String

    var isMerged: Bool { variants.count > 1 }

    /// `https://api.example.com`; `/` for a path whose host the docs never give.
    var serverURL: String { url.isRelative ? "/" : "\(url.scheme)://\(url.host)" }

    /// The parameter whose fixed value tells the variants apart, such as `grant_type`.
    var discriminatorParameter: String? {
        isMerged ? variants.lazy.compactMap(\.discriminator?.parameter).first : nil
    }

    /// The discriminator's documented values, sorted: `authorization_code`, `refresh_token`.
    var discriminatorValues: [String] {
        guard let parameter = discriminatorParameter else { return [] }
        let values = variants.compactMap { $0.discriminator?.parameter == parameter ? $0.discriminator?.value : nil }
        return Array(Set(values)).sorted()
    }

    /// How a description names a variant: "Refresh an access token (grant_type=refresh_token)".
    func label(of variant: Operation) -> String {
        guard isMerged, let discriminator = variant.discriminator else { return variant.title }
        return "\(variant.title) (\(discriminator))"
    }

    /// Every variant's responses that match, with the variant that documents each.
    func responses(where isIncluded: (Response) -> Bool) -> [(variant: Operation, response: Response)] {
        variants.flatMap { variant in variant.responses.filter(isIncluded).map { (variant: variant, response: $0) } }
    }

    /// Groups operations by method and URL, sorted by path, method and host. Operations
    /// without a method or URL are left out: OpenAPI has nowhere to put them, and the checks
    /// have already reported them.
    static func group(_ operations: [Operation]) -> [OpenAPIEndpoint] {
        var order: [String] = []
        var groups: [String: [Operation]] = [:]
        for operation in operations {
            guard let method = operation.method, let url = operation.url else { continue }
            // WebDAV methods: OpenAPI has no place for them.
            guard OpenAPIEndpoint(method: method, url: url, variants: [], operationID: "").openAPIMethod != nil else { continue }
            let key = "\(url.path) \(method.rawValue) \(url.scheme)://\(url.host)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(operation)
        }
        var endpoints = order.sorted().compactMap { key -> OpenAPIEndpoint? in
            guard let variants = groups[key], let method = variants[0].method, let url = variants[0].url else { return nil }
            return OpenAPIEndpoint(method: method, url: url, variants: variants, operationID: "")
        }
        var used = Set<String>()
        for index in endpoints.indices {
            endpoints[index].operationID = OpenAPINaming.unique(endpoints[index].preferredOperationID, in: &used)
        }
        return endpoints
    }

    private var preferredOperationID: String {
        if isMerged {
            let lastPart = url.path.split(separator: "/").last.map(String.init) ?? url.path
            return OpenAPINaming.lowerCamel(lastPart)
        }
        return OpenAPINaming.lowerCamel(variants[0].anchor)
    }
}
