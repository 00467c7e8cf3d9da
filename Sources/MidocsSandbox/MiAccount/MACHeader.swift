import Foundation

/// The parts of `Authorization: MAC access_token="...", nonce="...", mac="..."`.
struct MACHeader: Equatable {
    var accessToken: String
    var nonce: String
    var mac: String

    /// Nil unless the header is a MAC header with all three parts, each once.
    init?(_ header: String) {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("mac ") else { return nil }
        var parts: [String: String] = [:]
        for item in trimmed.dropFirst(4).split(separator: ",") {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return nil }
            let name = pair[0].trimmingCharacters(in: .whitespaces)
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return nil }
            value = String(value.dropFirst().dropLast())
            guard parts[name] == nil else { return nil }
            parts[name] = value
        }
        guard let accessToken = parts["access_token"], let nonce = parts["nonce"], let mac = parts["mac"] else { return nil }
        self.accessToken = accessToken
        self.nonce = nonce
        self.mac = mac
    }
}
