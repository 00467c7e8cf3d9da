#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A URI host in the one form two hosts are compared in: a domain name in lowercase without
/// its trailing dot (`X.Abc.COM.` is `x.abc.com`), or an IP address (`[::1]` is
/// `[0:0:0:0:0:0:0:1]`). Anything a browser might read differently is refused: percent
/// escapes, non-ASCII names, `\`, and numbers that are not a plain dotted IPv4 address.
struct NormalizedHost: Sendable, Equatable {
    let name: String
    let isIPAddress: Bool

    init(_ bytes: ArraySlice<UInt8>) throws(RedirectURIRule.Mismatch) {
        // ASCII only: Unicode lowercasing turns the Kelvin sign into `k`.
        let text = String(decoding: bytes.map { URISyntax.isUppercaseLetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        if text.hasPrefix("[") {
            guard text.hasSuffix("]"), let address = Self.ipv6(text.dropFirst().dropLast()) else { throw .invalidHost }
            (name, isIPAddress) = (address, true)
            return
        }
        let domain = text.hasSuffix(".") ? String(text.dropLast()) : text
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        // WHATWG reads any host ending in a number as IPv4, `0x7f.1` and `2130706433` too.
        if let last = labels.last, Self.isNumeric(last) {
            guard let address = Self.ipv4(labels) else { throw .invalidHost }
            (name, isIPAddress) = (address, true)
            return
        }
        // `_` is allowed: RFC 3986 and browsers agree on it, and names like `third_url.com` exist.
        let isLabelByte = { (byte: UInt8) in URISyntax.isLetterOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") }
        guard labels.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(isLabelByte) }) else { throw .invalidHost }
        (name, isIPAddress) = (domain, false)
    }

    /// The same host, or for a domain name also one of its sub-domains; IP addresses only
    /// ever match themselves.
    func isSameOrSubdomain(of base: NormalizedHost) -> Bool {
        guard name != base.name else { return true }
        return !isIPAddress && !base.isIPAddress && name.hasSuffix("." + base.name)
    }

    /// `1.2.3.4`, each part 0 to 255 in decimal without leading zeros; nil for any other
    /// numeric form.
    private static func ipv4(_ labels: [Substring]) -> String? {
        guard labels.count == 4 else { return nil }
        for label in labels {
            guard (1...3).contains(label.count), label.utf8.allSatisfy(URISyntax.isDigit),
                label == "0" || !label.hasPrefix("0"), let value = Int(label), value <= 255
            else { return nil }
        }
        return labels.joined(separator: ".")
    }

    /// Whether a label would make a browser parse the host as a number: digits, or `0x` hex.
    private static func isNumeric(_ label: Substring) -> Bool {
        if label.hasPrefix("0x") { return label.dropFirst(2).utf8.allSatisfy { URISyntax.hexValue($0) != nil } }
        return !label.isEmpty && label.utf8.allSatisfy(URISyntax.isDigit)
    }

    /// The eight groups of an IPv6 address written in full, as the C library reads it.
    private static func ipv6(_ text: Substring) -> String? {
        let isAddressByte = { (byte: UInt8) in URISyntax.hexValue(byte) != nil || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") }
        guard !text.isEmpty, text.utf8.allSatisfy(isAddressByte) else { return nil }
        var address = in6_addr()
        guard inet_pton(AF_INET6, String(text), &address) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &address) { Array($0) }
        let groups = stride(from: 0, to: 16, by: 2).map { String(Int(bytes[$0]) << 8 | Int(bytes[$0 + 1]), radix: 16) }
        return "[" + groups.joined(separator: ":") + "]"
    }
}
