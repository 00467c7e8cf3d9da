/// A redirect URI in the one form two of them are compared in, or the reason it has none.
/// `HTTPS://X.Abc.com.:443/oauth/./%6Fk?q=1` is scheme `https`, host `x.abc.com`, port 443
/// and path `["oauth", "ok"]`; the query is checked but not kept, since it may differ.
///
/// The URI is read byte by byte as RFC 3986 writes it, not with `URLComponents`, whose
/// leniency differs between platforms. Whatever a browser or server might read in another
/// way (userinfo, a fragment, `\`, encoded dots and slashes) is refused, not guessed at.
struct NormalizedURI: Sendable, Equatable {
    let scheme: String
    let host: NormalizedHost
    /// The port written, else the scheme's default; nil for a custom scheme without one.
    let port: Int?
    let path: NormalizedPath

    init(_ text: String) throws(RedirectURIRule.Mismatch) {
        let bytes = Array(text.utf8)[...]
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), Self.isScheme(bytes[..<colon]),
            bytes[colon...].starts(with: "://".utf8)
        else { throw .invalid }
        // RFC 6749 §3.1.2: a redirection endpoint must not include a fragment.
        guard !bytes.contains(UInt8(ascii: "#")) else { throw .fragment }
        scheme = String(decoding: bytes[..<colon], as: UTF8.self).lowercased()
        let rest = bytes[(colon + 3)...]
        let pathStart = rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") } ?? rest.endIndex
        let queryStart = rest[pathStart...].firstIndex(of: UInt8(ascii: "?")) ?? rest.endIndex
        (host, port) = try Self.hostAndPort(rest[..<pathStart], scheme: scheme)
        path = try NormalizedPath(rest[pathStart..<queryStart])
        guard URISyntax.isQuery(rest[queryStart...].dropFirst()) else { throw .invalid }
    }

    /// `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
    private static func isScheme(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, URISyntax.isLetterOrDigit(first), !URISyntax.isDigit(first) else { return false }
        return bytes.allSatisfy { URISyntax.isLetterOrDigit($0) || "+-.".utf8.contains($0) }
    }

    /// Reads `host[:port]`, refusing `user:password@` before it: `https://abc.com@evil.com`
    /// goes to evil.com.
    private static func hostAndPort(_ authority: ArraySlice<UInt8>, scheme: String) throws(RedirectURIRule.Mismatch)
        -> (NormalizedHost, Int?)
    {
        let isAllowed = { (byte: UInt8) in
            URISyntax.isUnreserved(byte) || URISyntax.isSubDelimiter(byte) || ":@[]%".utf8.contains(byte)
        }
        guard authority.allSatisfy(isAllowed) else { throw .invalidHost }
        guard !authority.contains(UInt8(ascii: "@")) else { throw .userinfo }
        // An IPv6 address has colons of its own: the port's colon comes after its `]`.
        let hostEnd = authority.firstIndex(of: UInt8(ascii: "]")).map { $0 + 1 } ?? authority.startIndex
        let colon = authority[hostEnd...].firstIndex(of: UInt8(ascii: ":"))
        let host = try NormalizedHost(authority[..<(colon ?? authority.endIndex)])
        guard let colon else { return (host, defaultPorts[scheme]) }
        let digits = authority[(colon + 1)...]
        guard !digits.isEmpty, digits.allSatisfy(URISyntax.isDigit),
            let port = Int(String(decoding: digits, as: UTF8.self)), (1...65535).contains(port)
        else { throw .invalidPort }
        return (host, port)
    }

    private static let defaultPorts = ["http": 80, "https": 443]
}
