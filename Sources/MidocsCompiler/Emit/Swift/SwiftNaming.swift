/// Swift names for what the docs call things: `client_id` is `clientID`, "Get the user
/// profile" is `GetUserProfile`, "The user's e-mail address" is `emailAddress`.
enum SwiftNaming {
    private static let acronyms: Set<String> = ["id", "uri", "url", "json", "html", "api", "http", "https"]
    private static let skippedWords: Set<String> = ["a", "an", "the", "user's", "users"]

    /// "Get the user openId" is `GetUserOpenID`.
    static func typeName(_ title: String) -> String {
        let words = titleWords(title)
        let name = words.map(capitalized).joined()
        return name.isEmpty ? "Unnamed" : (name.first!.isNumber ? "Operation" + name : name)
    }

    /// `client_id`, `clientId` and `_xmNonce` are `clientID`, `clientID` and `xmNonce`.
    static func memberName(_ name: String) -> String {
        lowerCamel(humps(in: name))
    }

    /// "The user's e-mail address" is `emailAddress`; "Following a service account in
    /// Yellow Pages (granted by default)" is `followingServiceAccountInYellowPages`.
    static func caseName(describing text: String) -> String {
        lowerCamel(titleWords(text))
    }

    /// `OA_INVALID_CODE` is `invalidCode`.
    static func caseName(constant: String) -> String {
        var words = constant.split(separator: "_").map { $0.lowercased() }
        if words.count > 1, words[0] == "oa" { words.removeFirst() }
        return lowerCamel(words)
    }

    /// Words of a title or description: without parentheses, articles and possessives,
    /// with "e-mail" joined and camel-case humps split.
    private static func titleWords(_ text: String) -> [String] {
        var depth = 0
        var cleaned = ""
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 {
                cleaned.append(character)
            }
        }
        return cleaned.split(whereSeparator: { $0.isWhitespace }).flatMap { word -> [String] in
            let lowered = word.lowercased()
            if skippedWords.contains(lowered) { return [] }
            let joined = word.filter { $0.isLetter || $0.isNumber }
            return humps(in: String(joined))
        }
    }

    /// Splits `openidV2` into `openid`, `V2`, `HTTPMethod` into `HTTP`, `Method`, and
    /// `client_id` into `client`, `id`.
    static func humps(in name: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let startsWord = character.isUppercase
                && (previous?.isLowercase == true || previous?.isNumber == true
                    || (previous?.isUppercase == true && next?.isLowercase == true))
            if startsWord, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func lowerCamel(_ words: [String]) -> String {
        guard let first = words.first else { return "value" }
        let head = first.lowercased()
        let name = head + words.dropFirst().map(capitalized).joined()
        return name.first!.isNumber ? "value" + capitalized(name) : name
    }

    private static func capitalized(_ word: String) -> String {
        let lowered = word.lowercased()
        if acronyms.contains(lowered) { return lowered.uppercased() }
        return word.prefix(1).uppercased() + word.dropFirst()
    }
}
