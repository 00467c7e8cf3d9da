import Foundation

/// Writes `search-index.js`, which the site's search reads. A script rather than JSON,
/// because pages opened from file:// may not fetch files, but may load scripts.
struct SearchIndexEmitter {
    /// One thing search can find.
    struct Entry: Encodable, Equatable, Sendable {
        /// The kind shown beside a result: Page, Heading, Operation, Parameter, Scope, Error code.
        var k: String
        var t: String
        var d: String
        var u: String
        /// Lower-case text the query's words are looked for in.
        var s: String
    }

    let spec: Spec

    /// The index with the entries it was made from.
    struct Cached: Sendable {
        var entries: [Entry]
        var file: OutputFile
    }

    /// The index, reused from `earlier` when the entries are the same: most edits change
    /// where things are, not what search finds.
    func emit(reusing earlier: Cached?) -> Cached {
        let entries = entries()
        if let earlier, earlier.entries == entries { return earlier }
        return Cached(entries: entries, file: emit(entries))
    }

    func emit() -> OutputFile {
        emit(entries())
    }

    private func emit(_ entries: [Entry]) -> OutputFile {
        let json = (try? SortedJSONEncoder.text(entries, layout: .compact)) ?? "[]"
        // `</script>` cannot occur: the encoder escapes nothing, so guard the one risky sequence.
        let safe = json.replacingBytes("</", with: "<\\/")
        return OutputFile(path: "search-index.js", text: "window.midocsSearchIndex = \(safe);\n")
    }

    func entries() -> [Entry] {
        var entries: [Entry] = []
        for page in spec.pages {
            entries.append(entry("Page", page.title, page.kind.rawValue, "\(page.slug).html"))
            for heading in page.headings where heading.level > 1 {
                entries.append(entry("Heading", heading.title, page.title, "\(page.slug).html#\(heading.id)"))
            }
        }
        for operation in spec.operations {
            let url = "\(operation.page).html#\(operation.anchor)"
            let endpoint = "\(operation.method?.rawValue ?? "") \(operation.url?.path ?? "")"
            entries.append(
                entry("Operation", operation.title, endpoint, url, extra: [operation.url?.description ?? "", operation.summary.plain]))
            for parameter in operation.parameters {
                entries.append(entry("Parameter", parameter.name, "\(operation.title) · \(parameter.placement.rawValue)", url,
                                     extra: [parameter.description.plain]))
            }
        }
        for scope in spec.scopes {
            let page = scope.location.file.replacingOccurrences(of: ".md", with: ".html")
            entries.append(
                entry("Scope", "Scope \(scope.id)", scope.description.plain, "\(page)#\(ModelHTML.scopeAnchor(scope.id))",
                      extra: scope.apis.map(\.name)))
        }
        for error in spec.errorCodes {
            let page = error.location.file.replacingOccurrences(of: ".md", with: ".html")
            entries.append(
                entry("Error code", "\(error.code) \(error.name)", error.description.plain,
                      "\(page)#\(ModelHTML.errorAnchor(error.code))"))
        }
        return entries
    }

    private func entry(_ kind: String, _ title: String, _ detail: String, _ url: String, extra: [String] = []) -> Entry {
        let text = ([title, detail] + extra).joined(separator: " ").lowercased()
        return Entry(k: kind, t: title, d: detail, u: url, s: text)
    }
}
