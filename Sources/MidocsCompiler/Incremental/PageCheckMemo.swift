/// The page checks' findings of the last rebuild, page by page, with everything each page's
/// checks read, so that a rebuild checks again only the pages whose inputs changed. An
/// edit that moves lines changes the model, but rarely what another page's checks read.
struct PageCheckMemo: Sendable {
    /// What every page's checks read from the rest of the site; when it changes, every
    /// page is checked again.
    private struct Site: Hashable, Sendable {
        var scopes: [Scope]
        var errorCodes: [ErrorCode]
        var slugs: Set<String>
        var assetPaths: Set<String>
    }

    /// What one page's checks read: its text, its operations as merged, and the anchors of
    /// the pages it links to (nil for a page that does not exist).
    private struct Key: Hashable, Sendable {
        var source: String
        var operations: [Operation]
        var linkedAnchors: [String: Set<String>?]
    }

    private var site: Site?
    private var pages: [String: (key: Key, diagnostics: [Diagnostic])] = [:]
    private(set) var index: SpecIndex?

    /// Every page's findings, checking again those whose inputs changed.
    mutating func check(_ spec: Spec, _ documents: [MarkdownDocument], with validator: Validator) -> [Diagnostic] {
        let index = SpecIndex(spec, reusing: self.index)
        let site = Site(
            scopes: spec.scopes, errorCodes: spec.errorCodes, slugs: Set(index.pagesBySlug.keys), assetPaths: validator.assetPaths)
        let reusable = site == self.site ? pages : [:]
        let keys = documents.map { Self.key(of: $0, index: index) }
        let stale = zip(documents, keys).filter { reusable[$0.0.file.path]?.key != $0.1 }.map(\.0)
        let found = Dictionary(grouping: validator.checkPages(stale, of: spec, index: index)) { $0.range?.start.file ?? "" }
        let stalePaths = Set(stale.map(\.file.path))
        var pages: [String: (key: Key, diagnostics: [Diagnostic])] = [:]
        for (document, key) in zip(documents, keys) {
            let path = document.file.path
            pages[path] = (key, stalePaths.contains(path) ? found[path] ?? [] : reusable[path]?.diagnostics ?? [])
        }
        // A finding outside the pages checked has no page to be kept with: remember nothing.
        let unplaced = found.filter { !stalePaths.contains($0.key) }.flatMap(\.value)
        (self.site, self.pages, self.index) = unplaced.isEmpty ? (site, pages, index) : (nil, [:], nil)
        return pages.values.flatMap(\.diagnostics) + unplaced
    }

    /// The findings after an edit that left the model as it was: only `changed` pages are
    /// checked again; nil when their findings reach other pages.
    mutating func recheck(
        _ changed: Set<String>, of spec: Spec, _ documents: [MarkdownDocument], with validator: Validator
    ) -> [Diagnostic]? {
        guard let index else { return nil }
        let stale = documents.filter { changed.contains($0.file.path) }
        let found = Dictionary(grouping: validator.checkPages(stale, of: spec, index: index)) { $0.range?.start.file ?? "" }
        guard found.keys.allSatisfy(changed.contains), stale.allSatisfy({ pages[$0.file.path] != nil }) else { return nil }
        for document in stale {
            let path = document.file.path
            pages[path]?.key.source = document.file.text
            pages[path]?.diagnostics = found[path] ?? []
        }
        return pages.values.flatMap(\.diagnostics)
    }

    private static func key(of document: MarkdownDocument, index: SpecIndex) -> Key {
        var anchors: [String: Set<String>?] = [:]
        for page in index.pagesByFile[document.file.path] ?? [] {
            for link in page.links {
                guard case .page(let slug, _) = link.target, anchors[slug] == nil else { continue }
                anchors[slug] = .some(index.pagesBySlug[slug] == nil ? nil : index.headingIDsBySlug[slug] ?? [])
            }
        }
        return Key(source: document.file.text, operations: index.operationsByFile[document.file.path] ?? [], linkedAnchors: anchors)
    }
}
