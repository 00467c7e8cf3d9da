import ArgumentParser
import Foundation
import MiAccountRules

/// `midocs sign`: the MAC `Authorization` header of one Open API call, for curl and for
/// checking a client by hand against the docs' worked examples or the sandbox.
struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Prints the MAC Authorization header of an Open API call.",
        discussion: """
            Signs the URL's host (lower case, without the port), its path and its query exactly \
            as written, percent-encoding and all, as the service checks them. Give curl the \
            same URL, and the line printed: curl -i "$URL" -H "$(midocs sign ... "$URL")".
            """)

    @Option(help: "The access token, sent in the header as it is.")
    var accessToken: String

    @Option(help: "The mac_key that came with the access token.")
    var macKey: String

    @Option(help: ArgumentHelp("<random number>:<minutes since 1970 UTC>; a fresh one when left out.", valueName: "nonce"))
    var nonce: String?

    @Option(help: "The HTTP method.")
    var method = "GET"

    @Argument(help: "The full URL of the call, with its query.")
    var url: String

    func run() throws {
        if let nonce, !Self.isNonce(nonce) {
            printError(
                "midocs: error: the nonce '\(nonce)' is not <random number>:<minutes since 1970>, such as 2870867952176701445:23282360")
            throw ExitCode(2)
        }
        guard let signature = Self.signature(of: url, method: method, nonce: nonce ?? Self.makeNonce()) else {
            printError(
                "midocs: error: '\(url)' is not an absolute http or https URL; give the whole URL of the call, with its query")
            throw ExitCode(2)
        }
        print("Authorization: " + signature.authorizationHeader(accessToken: accessToken, key: macKey))
    }

    /// The parts of `url` that are signed, as the client runtime takes them from the URL it
    /// calls: nil when it is not an absolute http or https URL.
    static func signature(of url: String, method: String, nonce: String) -> MACSignature? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return nil }
        let path = components.percentEncodedPath
        return MACSignature(
            nonce: nonce, method: method, host: host, path: path.isEmpty ? "/" : path,
            query: MACSignature.parseQuery(components.percentEncodedQuery ?? ""))
    }

    /// A random number (63 bits, as the runtime's `Nonce.make()`), then the minutes since 1970.
    static func makeNonce(now: Date = Date()) -> String {
        "\(UInt64.random(in: 0...UInt64(Int64.max))):\(Int64(now.timeIntervalSince1970 / 60))"
    }

    static func isNonce(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
