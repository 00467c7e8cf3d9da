/// Finds error-table rows that repeat a code or a name.
struct DuplicateErrorCode {
    func check(_ spec: Spec) -> [Diagnostic] {
        var byCode: [Int: ErrorCode] = [:]
        var byName: [String: ErrorCode] = [:]
        var diagnostics: [Diagnostic] = []
        for error in spec.errorCodes.sorted(by: { $0.location < $1.location }) {
            if let first = byCode[error.code] {
                diagnostics.append(duplicate("code \(error.code)", error, first))
            } else {
                byCode[error.code] = error
            }
            if error.name.isEmpty { continue }
            if let first = byName[error.name] {
                diagnostics.append(duplicate("name '\(error.name)'", error, first))
            } else {
                byName[error.name] = error
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
