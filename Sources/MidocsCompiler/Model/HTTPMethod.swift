/// An HTTP method as the docs name it.
public enum HTTPMethod: String, Sendable, Hashable, Codable, CaseIterable {
    case get = "GET", post = "POST", put = "PUT", delete = "DELETE", patch = "PATCH", head = "HEAD", options = "OPTIONS"
    /// WebDAV's, which some HTTP APIs document too; OpenAPI has no place for them.
    case propfind = "PROPFIND", proppatch = "PROPPATCH", report = "REPORT", mkcol = "MKCOL"

    /// Reads "GET", "get" or " Get ".
    public init?(parsing text: String) {
        let word = text.trimmingWhitespace().uppercased()
        // `DEL`, as some docs shorten DELETE.
        self.init(rawValue: word == "DEL" ? "DELETE" : word)
    }
}
