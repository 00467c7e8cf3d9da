/// The pages' Markdown twins as the last rebuild made them, each with what it was made
/// from, and llms.txt and llms-full.txt made from them: a rebuild makes again only the twins
/// whose key changed, and the two files only when a twin or the model did.
struct MarkdownTwinMemo: Sendable {
    private struct Entry: Sendable {
        var key: MarkdownTwinKey
        var twin: MarkdownTwin
        var file: OutputFile
    }

    /// By page slug.
    private var entries: [String: Entry] = [:]
    private var llmsFiles: [OutputFile] = []

    /// Every page's twin file in the documents' order, then llms.txt and llms-full.txt, and
    /// the paths of those made again. With `onlyChanged`, the model is the one the last
    /// twins were made from, and only those documents are looked at.
    mutating func emit(
        _ documents: [MarkdownDocument], with emitter: MarkdownTwinEmitter, onlyChanged: Set<String>?, reserved: Set<String>
    ) -> (files: [OutputFile], changed: Set<String>) {
        let candidates = onlyChanged.map { changed in documents.filter { changed.contains($0.file.path) } }
        let earlier = entries
        let made = (candidates ?? documents).parallelMap { document -> (Entry, isNew: Bool)? in
            guard let key = emitter.key(for: document) else { return nil }
            if let old = earlier[key.page.slug], old.key == key { return (old, false) }
            let twin = emitter.makeTwin(document, as: key)
            return (Entry(key: key, twin: twin, file: OutputFile(path: twin.path, text: twin.text)), true)
        }
        if candidates == nil { entries = [:] }
        var changed = Set<String>()
        for case let (entry, isNew)? in made {
            entries[entry.twin.slug] = entry
            if isNew { changed.insert(entry.file.path) }
        }
        if candidates == nil || !changed.isEmpty || llmsFiles.isEmpty {
            let files = LLMsTextEmitter(spec: emitter.spec, configuration: emitter.configuration)
                .emit(entries.values.map(\.twin), reserved: reserved)
            let earlierContents = Dictionary(llmsFiles.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
            changed.formUnion(files.filter { earlierContents[$0.path] != $0.contents }.map(\.path))
            llmsFiles = files
        }
        return (documents.compactMap { entries[$0.file.slug]?.file } + llmsFiles, changed)
    }
}
