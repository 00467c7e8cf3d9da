/// The result of compiling the content folder: the model, what is wrong with it, and the
/// files to write (none when there are errors).
public struct Compilation: Sendable {
    public var spec: Spec
    public var diagnostics: [Diagnostic]
    public var outputs: [OutputFile]
    /// How long each stage took.
    public var timer = PhaseTimer()
}

/// The whole pipeline, pure: parse, extract, validate, emit. The CLI, the plugins and the
/// tests all call this one function. Without `emitting`, it stops after the checks: `check`
/// and `swift` need no templates.
public func compile(_ content: Content, emitting: Bool = true) -> Compilation {
    var timer = PhaseTimer()
    var diagnostics = content.diagnostics
    let documents = timer.measure("parse") { content.files.parallelMap(MarkdownDocument.init(parsing:)) }
    let extraction = timer.measure("extract") {
        Extractor(configuration: content.configuration).extractWithRoles(documents, diagnostics: &diagnostics)
    }
    let spec = extraction.spec
    let assetPaths = Set(content.assets.map(\.path))
    diagnostics += timer.measure("validate") {
        Validator(configuration: content.configuration, assetPaths: assetPaths).validate(spec, documents)
    }
    diagnostics = content.configuration.diagnostics.apply(diagnostics)
    guard emitting, !diagnostics.containsErrors else {
        return Compilation(spec: spec, diagnostics: diagnostics.sortedAndUnique(), outputs: [], timer: timer)
    }
    let emitter = SiteEmitter(
        spec: spec, configuration: content.configuration, theme: content.theme, blockRoles: extraction.blockRoles)
    // The pages, spec.json and openapi.json are independent: made side by side.
    let emitted = timer.measure("emit") {
        ["pages", "spec.json", "openapi.json"].parallelMap { part -> ([OutputFile], [Diagnostic], PhaseTimer) in
            var partTimer = PhaseTimer()
            let (files, problems) = partTimer.measure(part) { () -> ([OutputFile], [Diagnostic]) in
                switch part {
                case "pages": return emitter.emit(documents, assets: content.assets)
                case "spec.json": return (SpecJSONEmitter.emit(spec), [])
                default: return ([OpenAPIEmitter(spec: spec).emit()], [])
                }
            }
            return (files, problems, partTimer)
        }
    }
    for (_, _, partTimer) in emitted { timer.append(partTimer) }
    let emitDiagnostics = emitted.flatMap(\.1)
    let outputs = emitted.flatMap(\.0).sorted { $0.path < $1.path }
    diagnostics += content.configuration.diagnostics.apply(emitDiagnostics)
    return Compilation(
        spec: spec, diagnostics: diagnostics.sortedAndUnique(),
        outputs: diagnostics.containsErrors ? [] : outputs, timer: timer)
}

/// The Swift client types for a spec: one file per operation, plus scopes, error codes and
/// the endpoint catalogue. Paths are relative to the output folder.
public func makeSwiftSources(_ spec: Spec) -> [OutputFile] {
    SwiftEmitter(spec: spec).emit()
}

/// The same types in one file named `name`.swift, for the build-tool plugin.
public func makeSwiftSource(_ spec: Spec, fileNamed name: String) -> OutputFile {
    SwiftEmitter(spec: spec).emitSingleFile(named: name)
}
