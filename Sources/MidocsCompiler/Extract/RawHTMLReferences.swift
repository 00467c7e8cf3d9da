/// What raw HTML in a page gives the link checker: the ids it adds (`<a id="x">`,
/// `<a name="x">`, `<h2 id="x">`) and the links and images it holds.
struct RawHTMLReferences {
    var ids: [String] = []
    var destinations: [(destination: String, isImage: Bool)] = []

    init(_ html: String) {
        // Most raw HTML is `<br>`: nothing to read.
        guard html.utf8.contains(UInt8(ascii: "=")) else { return }
        for token in RawHTMLTokenizer.tokens(of: html) {
            guard case .startTag(let name, let attributes, _) = token,
                RawHTMLSanitizer.allowedTags[name] != nil
            else { continue }
            for attribute in attributes where !attribute.value.isEmpty {
                switch attribute.name {
                case "id": ids.append(attribute.value)
                case "name" where name == "a": ids.append(attribute.value)
                case "href" where name == "a": destinations.append((attribute.value, false))
                case "src" where name == "img": destinations.append((attribute.value, true))
                default: break
                }
            }
        }
    }
}
