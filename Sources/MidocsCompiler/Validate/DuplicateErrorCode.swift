/// Finds error-table rows that repeat a code or a name on one page. Tables on different
/// pages (a translation, a table per API) may list the same code.
struct DuplicateErrorCode {
    func check(_ spec: Spec) -> [Diagnostic] {
        var byCode: [String: [Int: ErrorCode]] = [:]
        var byName: [String: [String: ErrorCode]] = [:]
        var diagnostics: [Diagnostic] = []
        for error in spec.errorCodes.sorted(by: { $0.location < $1.location }) {
            let file = error.location.file
            if let first = byCode[file]?[error.code] {
                diagnostics.append(duplicate("code \(error.code)", error, first))
            } else {
                byCode[file, default: [:]][error.code] = error
            }
            if error.name.isEmpty { continue }
            if let first = byName[file]?[error.name] {
                diagnostics.append(duplicate("name '\(error.name)'", error, first))
            } else {
                byName[file, default: [:]][error.name] = error
            }
        }
        return diagnostics
    }

    private func duplicate(_ what: String, _ error: ErrorCode, _ first: ErrorCode) -> Diagnostic {
        Diagnostic(
            .error, code: .duplicateErrorCode,
            message: "the error table lists \(what) twice; keep one row",
            range: SourceRange(start: error.location, length: String(error.code).utf8.count),
            notes: [Diagnostic.Note("first listed here", at: first.location)])
    }
}
