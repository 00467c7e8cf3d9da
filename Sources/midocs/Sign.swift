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
        if let nonce, !MACSignature.isNonce(nonce) {
            printError(
                "midocs: error: the nonce '\(nonce)' is not <random number>:<minutes since 1970>, such as 2870867952176701445:23282360")
            throw ExitCode(2)
        }
        guard let signature = MACSignature(url: url, method: method, nonce: nonce ?? MACSignature.makeNonce()) else {
            printError(
                "midocs: error: '\(url)' is not an absolute http or https URL; give the whole URL of the call as it is sent, "
                    + "with its query percent-encoded (a space is %20)")
            throw ExitCode(2)
        }
        print("Authorization: " + signature.authorizationHeader(accessToken: accessToken, key: macKey))
    }
}
