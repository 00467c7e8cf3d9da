import Foundation

extension MACSignature {
    /// The parts of a call to `url` that are signed, as the service checks them: the host
    /// in lower case and without its port, the path as written (`/` when empty) and the
    /// query exactly as written in the URL, still percent-encoded (`token=a%20b` is signed
    /// as `a%20b`). Nil when `url` is not an absolute http or https URL as it is sent: one
    /// with a space or another character that must be percent-encoded is not, since what
    /// is signed would then differ from what a client sends.
    public init?(url: String, method: String, nonce: String) {
        guard url.utf8.allSatisfy(Self.mayStandInURL), let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return nil }
        let path = components.percentEncodedPath
        self.init(
            nonce: nonce, method: method, host: host, path: path.isEmpty ? "/" : path,
            query: Self.parseQuery(components.percentEncodedQuery ?? ""))
    }

    /// Printable ASCII other than `"<>\^`{|}` and the space.
    private static func mayStandInURL(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && !"\"<>\\^`{|}".utf8.contains(byte)
    }

    /// A fresh nonce: a random number (63 bits, as the client runtime's), a colon, and the
    /// minutes since 1970-01-01 00:00 UTC.
    public static func makeNonce(now: Date = Date()) -> String {
        "\(UInt64.random(in: 0...UInt64(Int64.max))):\(Int64(now.timeIntervalSince1970 / 60))"
    }

    /// Whether `text` is a nonce: `<number>:<number>`, such as `2870867952176701445:23282360`.
    public static func isNonce(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
