/// The result of compiling the content folder: the model, what is wrong with it, and the
/// files of the site (none when there are errors).
public struct Compilation: Sendable {
    public var spec: Spec
    public var diagnostics: [Diagnostic]
    /// Made as they are read, so that a large site is written while it is made.
    public var outputs: SiteOutputs
    /// How long parsing, extracting and checking took, for `--timings`.
    public var timer = PhaseTimer()
}

/// The whole pipeline, pure: parse, extract, validate, emit. Every command, the plugins,
/// the tests and the incremental compiler's first build call this one function.
public func compile(_ content: Content) -> Compilation {
    var timer = PhaseTimer()
    var diagnostics = content.diagnostics
    let documents = timer.measure("parse") { content.files.parallelMap(MarkdownDocument.init(parsing:)) }
    let extraction = timer.measure("extract") {
        Extractor(configuration: content.configuration).extractWithRoles(documents, diagnostics: &diagnostics)
    }
    diagnostics += timer.measure("validate") { Validator(content).validate(extraction.spec, documents) }
    let templates = PageTemplates(content.theme, diagnostics: &diagnostics)
    diagnostics = content.configuration.diagnostics.apply(diagnostics).sortedAndUnique()
    guard !diagnostics.containsErrors else {
        return Compilation(spec: extraction.spec, diagnostics: diagnostics, outputs: SiteOutputs(), timer: timer)
    }
    let emitter = SiteEmitter(extraction, content: content, templates: templates)
    return Compilation(
        spec: extraction.spec, diagnostics: diagnostics, outputs: SiteOutputs(emitter, content: content), timer: timer)
}

/// The Swift client types for a spec: one file per operation, plus scopes, error codes and
/// the endpoint catalogue. Paths are relative to the output folder. Nil when the docs'
/// profile brings no client runtime (or there is no profile).
public func makeSwiftSources(_ spec: Spec) -> [OutputFile]? {
    SwiftEmitter(spec: spec).map { $0.emit() }
}

/// The same types in one file named `name`.swift, for the build-tool plugin.
public func makeSwiftSource(_ spec: Spec, fileNamed name: String) -> OutputFile? {
    SwiftEmitter(spec: spec).map { $0.emitSingleFile(named: name) }
}
