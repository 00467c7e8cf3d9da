import MCP
import MidocsCompiler

/// What `list_diagnostics` answers: every finding of `midocs check` on the docs being
/// served, with paths as the content folder was named (`content/open-api.md`).
struct DiagnosticsAnswer: Codable, Sendable {
    struct Place: Codable, Sendable {
        var file: String
        var line: Int
        var column: Int
    }

    struct Note: Codable, Sendable {
        var message: String
        var location: Place?
    }

    struct Finding: Codable, Sendable {
        var severity: String
        var code: String
        var message: String
        var location: Place?
        var notes: [Note]
    }

    var errors: Int
    var warnings: Int
    var diagnostics: [Finding]

    init(_ docs: LoadedDocs) {
        let prefix = docs.contentPath.isEmpty || docs.contentPath == "." ? "" : (docs.contentPath.hasSuffix("/") ? docs.contentPath : docs.contentPath + "/")
        let place = { (location: SourceLocation) in Place(file: prefix + location.file, line: location.line, column: location.column) }
        errors = docs.diagnostics.filter { $0.severity == .error }.count
        warnings = docs.diagnostics.filter { $0.severity == .warning }.count
        diagnostics = docs.diagnostics.map { diagnostic in
            Finding(
                severity: diagnostic.severity.rawValue, code: diagnostic.code.rawValue, message: diagnostic.message,
                location: diagnostic.location.map(place), notes: diagnostic.notes.map { Note(message: $0.message, location: $0.location.map(place)) })
        }
    }

    static let schema: Value = {
        let place = JSONSchema.object(
            ["file": JSONSchema.string, "line": JSONSchema.integer, "column": JSONSchema.integer], required: ["file", "line", "column"])
        return JSONSchema.object(
            [
                "errors": JSONSchema.integer, "warnings": JSONSchema.integer,
                "diagnostics": JSONSchema.array(
                    of: JSONSchema.object(
                        [
                            "severity": JSONSchema.strings(["error", "warning", "note"]),
                            "code": JSONSchema.string("the kebab-case code, such as unknown-scope"), "message": JSONSchema.string,
                            "location": place,
                            "notes": JSONSchema.array(of: JSONSchema.object(["message": JSONSchema.string, "location": place], required: ["message"])),
                        ], required: ["severity", "code", "message", "notes"])),
            ], required: ["errors", "warnings", "diagnostics"])
    }()
}
