import Foundation

/// Prints diagnostics as one JSON array for tools: each with severity, code, message,
/// range (file paths as the user gave them), notes and fix-its.
public struct DiagnosticJSONFormatter: Sendable {
    private let pathPrefix: PathPrefix

    public init(contentPrefix: String) {
        self.pathPrefix = PathPrefix(contentPrefix)
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let prefixed = diagnostics.map(pathPrefix.apply)
        guard let data = try? encoder.encode(prefixed) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Puts the content folder before every path in a diagnostic: `open-api.md` becomes
/// `content/open-api.md`, which editors and CI annotations can open.
struct PathPrefix: Sendable {
    let prefix: String

    init(_ contentFolder: String) {
        let trimmed = contentFolder.hasSuffix("/") ? String(contentFolder.dropLast()) : contentFolder
        prefix = trimmed.isEmpty || trimmed == "." ? "" : trimmed + "/"
    }

    func apply(_ path: String) -> String { prefix + path }

    func apply(_ location: SourceLocation) -> SourceLocation {
        var location = location
        location.file = apply(location.file)
        return location
    }

    func apply(_ range: SourceRange) -> SourceRange {
        SourceRange(start: apply(range.start), end: apply(range.end))
    }

    func apply(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        diagnostic.range = diagnostic.range.map(apply)
        diagnostic.notes = diagnostic.notes.map { Diagnostic.Note($0.message, at: $0.location.map(apply)) }
        diagnostic.fixIts = diagnostic.fixIts.map { Diagnostic.FixIt(range: apply($0.range), replacement: $0.replacement) }
        return diagnostic
    }
}
