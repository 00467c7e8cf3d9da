/// A page as clean Markdown, written from the model and the parsed page, at the page's
/// address plus `.md` (`open-api.html.md`): what llms.txt lists and `midocs mcp` serves.
public struct MarkdownTwin: Sendable, Hashable {
    /// A part of the twin that a top-level heading opens, for searching it part by part.
    public struct Section: Sendable, Hashable {
        public var title: String
        /// The heading's id on the site's page, for a link to it.
        public var anchor: String?
        public var level: Int
        /// Where the heading starts in `text`, in UTF-8 bytes.
        public var offset: Int
    }

    public var slug: String
    public var title: String
    /// The page's first paragraph as plain text, or empty.
    public var lead: String
    public var text: String
    public var sections: [Section]
    /// The same text with links written from the site's top, for llms-full.txt; nil when
    /// that is `text` (links are absolute, or the page is at the top).
    var textFromTop: String?

    /// The twin's path in the site: the page's own plus `.md`.
    public var path: String { Self.path(ofSlug: slug) }

    public static func path(ofSlug slug: String) -> String { slug + ".html.md" }

    /// The first sentence of the lead, cut at about 200 characters: llms.txt's one line.
    public var description: String {
        var sentence = ""
        var count = 0
        var word = ""
        for character in lead {
            if count >= 200 {
                let cut = sentence.lastIndex(of: " ").map { String(sentence[..<$0]) } ?? sentence
                return cut + "…"
            }
            sentence.append(character)
            count += 1
            if "。！？".contains(character) { return sentence }
            if character == " " {
                // A full stop ends the sentence unless it ends an abbreviation (`e.g.`, `J.`).
                if let mark = word.last, ".!?".contains(mark), mark != "." || (word.count > 2 && !word.dropLast().contains(".")) {
                    return String(sentence.dropLast())
                }
                word = ""
            } else {
                word.append(character)
            }
        }
        return sentence
    }
}
