/// A sentence that says which parameters are required, apart from any table or list:
/// "All query parameters are optional.", "`name` and `type` are required.",
/// "其中 user_name 和 user_password 为必填。"
enum RequirednessStatement: Equatable {
    /// Every parameter of the section that does not say otherwise.
    case all(Bool)
    /// The named parameters; the others the section lists are the opposite.
    case named([String], Bool)

    /// The statement a paragraph makes, if one of its sentences is one. `known` are the
    /// names read so far: a word counts as a name only when it is one of them.
    static func read(_ paragraph: MarkdownNode, known names: () -> [String]) -> RequirednessStatement? {
        // Most paragraphs say nothing of it: look at their bytes before building any text.
        guard mentionsMark(paragraph) else { return nil }
        let text = Label.simplified(paragraph.plainText)
        guard text.count <= 240, (RequiredMark.words + [("mandatory", true), ("必传", true), ("必需", true)]).contains(where: { text.contains($0.0) })
        else { return nil }
        let known = names()
        // Names in code must all be parameters read already: "`key`: 关键词 必填" defines one.
        var namesOthers = false
        paragraph.walk { node in
            if case .code(let code) = node.kind, !known.contains(code.trimmingWhitespace()),
                DefinitionReader.isIdentifier(code.trimmingWhitespace())
            {
                namesOthers = true
            }
        }
        if namesOthers { return nil }
        for sentence in text.split(whereSeparator: { $0 == "。" || $0 == "!" || $0 == "！" }).flatMap({ $0.components(separatedBy: ". ") }) {
            if let statement = statement(String(sentence), known: known) { return statement }
        }
        return nil
    }

    /// Whether a text of the paragraph holds a word of a mark: (o)ptional, (r)equired,
    /// (m)andatory, 必填, 可选 and the like.
    private static func mentionsMark(_ paragraph: MarkdownNode) -> Bool {
        var found = false
        paragraph.walk { node in
            guard !found, case .text(let text) = node.kind else { return }
            found = ["ptional", "equired", "andatory", "必", "选"].contains { text.containsBytes($0) }
        }
        return found
    }

    private static func statement(_ sentence: String, known: [String]) -> RequirednessStatement? {
        // "`expiration_ts` is an optional parameter and overrides ...": the name, then what it is.
        let words = sentence.split(separator: " ").map(String.init)
        if words.count >= 3, let name = known.first(where: { $0.lowercased() == words[0] }), words[1] == "is" {
            let rest = words.dropFirst(2).drop { ["also", "an", "a", "always"].contains($0) }
            if rest.first == "optional" { return .named([name], false) }
            if rest.first == "required" || rest.first == "mandatory" { return .named([name], true) }
        }
        guard let value = value(in: sentence) else { return nil }
        // A condition or an exception is not a rule for the whole section.
        let hedges = [" if ", " when ", " unless ", " except", "marked", "如果", "当", "除", "标", "时"]
        if hedges.contains(where: sentence.contains) { return nil }
        let tokens = sentence.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) }).map(String.init)
        let lowercasedKnown = known.map { $0.lowercased() }
        let names = tokens.filter(lowercasedKnown.contains).map { word in known[lowercasedKnown.firstIndex(of: word)!] }
        if !names.isEmpty { return .named(names, value) }
        let nouns = ["parameters", "params", "fields", "arguments", "参数", "字段"]
        if nouns.contains(where: sentence.contains), ["all ", "are ", "均", "都", "全部", "皆"].contains(where: sentence.contains) {
            return .all(value)
        }
        // "The request body is optional.": so is each of its fields.
        if !value, sentence.contains("body is optional") || sentence.contains("请求体可选") { return .all(false) }
        return nil
    }

    /// Required or optional, when the sentence ends saying so ("... are required",
    /// "... 为必填"): prose that uses the word in passing ("resources required to run
    /// the image") is no statement.
    private static func value(in sentence: String) -> Bool? {
        let trimmed = sentence.trimmingCharacters(in: ".。!！:： ")
        let end = trimmed.hasSuffix("的") || trimmed.hasSuffix("项") ? String(trimmed.dropLast()) : trimmed
        if ["非必填", "非必须", "不必填", "optional", "可选", "选填", "可不填"].contains(where: end.hasSuffix) { return false }
        if ["required", "mandatory", "必填", "必选", "必须", "必需", "必传"].contains(where: end.hasSuffix) { return true }
        return nil
    }
}
