/// The files of the site, made as they are read: the model's own files first, then the
/// pages a window at a time (each window parsed and rendered on every core, with each
/// page's Markdown twin), then the theme's static files and the content's assets, and last
/// llms.txt and llms-full.txt, made from the twins. A writer that takes each file as it
/// comes never holds every page, nor every page's tree: those took 320 MB at 10,000 pages,
/// and parsing again costs about a twentieth of a build. Reading the sequence twice renders
/// the pages twice.
public struct SiteOutputs: Sequence, Sendable {
    fileprivate enum Source: Sendable {
        case made([OutputFile])
        case site(SiteEmitter, MarkdownTwinEmitter, [SourceFile], copied: [Asset])
    }

    private let source: Source

    /// No files: the compilation failed.
    public init() {
        source = .made([])
    }

    /// Files already made, such as those an incremental rebuild kept or made again.
    public init(_ files: [OutputFile]) {
        source = .made(files)
    }

    init(_ emitter: SiteEmitter, content: Content) {
        source = .site(emitter, MarkdownTwinEmitter(emitter), content.files, copied: content.theme.staticFiles + content.assets)
    }

    public var isEmpty: Bool {
        if case .made(let files) = source { return files.isEmpty }
        return false
    }

    public func makeIterator() -> Iterator {
        Iterator(source: source)
    }

    public struct Iterator: IteratorProtocol {
        /// Pages rendered together: enough to keep every core busy, few enough to hold.
        private static let window = 256
        private let source: Source
        /// The model's files, made part by part as they are reached.
        private let modelFiles: [@Sendable () -> [OutputFile]]
        private var ready: [OutputFile] = []
        private var step = 0
        private var nextPage = 0
        /// The twins made so far, for llms-full.txt: about the size of the content's text.
        private var twins: [MarkdownTwin] = []

        fileprivate init(source: Source) {
            self.source = source
            if case .site(let emitter, _, _, _) = source { modelFiles = ModelFilesEmitter.emit(emitter.spec) } else { modelFiles = [] }
        }

        public mutating func next() -> OutputFile? {
            while ready.isEmpty {
                guard let files = makeNextFiles() else { return nil }
                ready = files.reversed()
            }
            return ready.popLast()
        }

        /// The next files in order, or nil after the last.
        private mutating func makeNextFiles() -> [OutputFile]? {
            defer { step += 1 }
            switch source {
            case .made(let files):
                return step == 0 ? files : nil
            case .site(let emitter, let twinEmitter, let files, let copied):
                if step < modelFiles.count { return modelFiles[step]() }
                if nextPage < files.count {
                    let end = Swift.min(nextPage + Self.window, files.count)
                    defer { nextPage = end }
                    let made = Array(files[nextPage..<end]).parallelMap { file in
                        let document = MarkdownDocument(parsing: file)
                        return (emitter.render(document), twinEmitter.makeTwin(document))
                    }
                    twins += made.compactMap(\.1)
                    return made.flatMap { html, twin in [html, twin.map { OutputFile(path: $0.path, text: $0.text) }].compactMap { $0 } }
                }
                if nextPage == files.count {
                    nextPage += 1
                    return copied.map { OutputFile(path: $0.path, data: $0.data) }
                }
                if nextPage == files.count + 1 {
                    nextPage += 1
                    defer { twins = [] }
                    return LLMsTextEmitter(spec: emitter.spec, configuration: emitter.configuration)
                        .emit(twins, reserved: Set(copied.map(\.path)))
                }
                return nil
            }
        }
    }
}
