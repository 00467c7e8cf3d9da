/// A URI path in the one form two paths are compared in: dot segments removed, unreserved
/// characters decoded and other percent-encodings in uppercase hex. `/oauth/x/.././%6Fk/a%2b`
/// is `["oauth", "ok", "a%2B"]`. Encoded dots and slashes are refused, not decoded: browsers
/// and servers disagree on what they mean.
struct NormalizedPath: Sendable, Equatable {
    /// The segments after the leading `/`; a trailing `/` is a last empty segment, and the
    /// empty path is `[]`.
    let segments: [String]

    init(_ bytes: ArraySlice<UInt8>) throws(RedirectURIRule.Mismatch) {
        guard bytes.first == UInt8(ascii: "/") else {
            guard bytes.isEmpty else { throw .invalid }
            segments = []
            return
        }
        let written = bytes.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        var segments: [String] = []
        for (position, raw) in written.enumerated() {
            let isLast = position == written.count - 1
            let segment = try Self.canonical(raw)
            switch String(decoding: raw, as: UTF8.self) {
            case ".":
                if isLast { segments.append("") }
            case "..":
                // Browsers stop at the root, RFC 3986 too, but a server may not: refuse.
                guard !segments.isEmpty else { throw .ambiguousPath }
                segments.removeLast()
                if isLast { segments.append("") }
            default:
                // `%2e%2e` is `..` to a browser and a plain name to some servers; `..;x` is
                // `..` to servlet containers.
                let name = segment.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)[0]
                guard name != "." && name != ".." else { throw .ambiguousPath }
                segments.append(segment)
            }
        }
        self.segments = segments
    }

    /// `/oauth/path` and `/oauth/` are below `/oauth` and `/oauth/`; `/oauthx` is not.
    func isSameOrBelow(_ base: NormalizedPath) -> Bool {
        let prefix = base.segments.last == "" ? base.segments.dropLast() : base.segments[...]
        return segments.starts(with: prefix)
    }

    /// One segment with unreserved characters decoded and other triplets in uppercase hex.
    private static func canonical(_ raw: ArraySlice<UInt8>) throws(RedirectURIRule.Mismatch) -> String {
        var result: [UInt8] = []
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            // WHATWG parsers read `\` as `/` in http(s) URIs; RFC 3986 ones do not.
            guard byte != UInt8(ascii: "\\") else { throw .ambiguousPath }
            guard byte == UInt8(ascii: "%") else {
                guard URISyntax.isPathCharacter(byte) else { throw .invalid }
                result.append(byte)
                index += 1
                continue
            }
            guard index + 2 < raw.endIndex, let high = URISyntax.hexValue(raw[index + 1]),
                let low = URISyntax.hexValue(raw[index + 2])
            else { throw .invalid }
            let decoded = high << 4 | low
            guard decoded != UInt8(ascii: "/") && decoded != UInt8(ascii: "\\") else { throw .ambiguousPath }
            result += URISyntax.isUnreserved(decoded) ? [decoded] : Array("%\(hex(high))\(hex(low))".utf8)
            index += 3
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func hex(_ value: UInt8) -> String {
        String(value, radix: 16, uppercase: true)
    }
}
