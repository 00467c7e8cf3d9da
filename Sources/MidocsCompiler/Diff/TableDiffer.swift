/// The scope table and the error-code table: what integrators ask for and what they handle.
struct TableDiffer {
    let old: Spec
    let new: Spec

    func diff() -> [APIChange] {
        scopes() + errorCodes()
    }

    private func scopes() -> [APIChange] {
        var changes: [APIChange] = []
        for scope in new.scopes where !old.scopes.contains(where: { $0.id == scope.id }) {
            changes.append(
                APIChange(
                    kind: "scope-added", level: .info, subject: [String(scope.id)],
                    message: "scope \(scope.id) (\(scope.description.plain)) was added", location: scope.location))
        }
        for scope in old.scopes where !new.scopes.contains(where: { $0.id == scope.id }) {
            changes.append(
                APIChange(
                    kind: "scope-removed", level: .warning, subject: [String(scope.id)],
                    message: "scope \(scope.id) (\(scope.description.plain)) was removed; apps that ask for it may be refused",
                    location: scope.location))
        }
        return changes
    }

    private func errorCodes() -> [APIChange] {
        var changes: [APIChange] = []
        for code in old.errorCodes {
            guard let now = new.errorCodes.first(where: { $0.code == code.code }) else {
                changes.append(
                    APIChange(
                        kind: "error-code-removed", level: .breaking, subject: [String(code.code)],
                        message: "error code \(code.code) (\(code.name)) was removed; code that handles it no longer sees it",
                        location: code.location))
                continue
            }
            if now.name != code.name {
                changes.append(
                    APIChange(
                        kind: "error-code-meaning-changed", level: .breaking, subject: [String(code.code)],
                        message: "error code \(code.code) is now \(now.name), not \(code.name)", location: now.location))
            } else if now.description.plain != code.description.plain {
                changes.append(
                    APIChange(
                        kind: "error-code-description-changed", level: .info, subject: [String(code.code)],
                        message: "the description of error code \(code.code) (\(code.name)) changed", location: now.location))
            }
        }
        for code in new.errorCodes where !old.errorCodes.contains(where: { $0.code == code.code }) {
            changes.append(
                APIChange(
                    kind: "error-code-added", level: .info, subject: [String(code.code)],
                    message: "error code \(code.code) (\(code.name)) was added", location: code.location))
        }
        return changes
    }
}
