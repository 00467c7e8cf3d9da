/// The changes of one operation that both versions have: its request line, parameters,
/// scopes, responses, rate limit and description.
struct OperationDiffer {
    let old: Operation
    let new: Operation
    let oldScopes: [Scope]
    let newScopes: [Scope]

    func diff() -> [APIChange] {
        var changes = requestLine() + parameters() + scopes() + responses()
        if let lowered = rateLimitLowered() { changes.append(lowered) }
        if old.summary.plain != new.summary.plain {
            changes.append(change("description-changed", .info, [], "the description changed", new.location))
        }
        return changes
    }

    private func change(_ kind: String, _ level: APIChange.Level, _ subject: [String], _ message: String, _ location: SourceLocation?)
        -> APIChange
    {
        APIChange(
            kind: kind, level: level, subject: [new.id] + subject, operation: new.id, message: message, location: location)
    }

    private func requestLine() -> [APIChange] {
        var changes: [APIChange] = []
        if old.method != new.method {
            let message = "the method changed from \(old.method?.rawValue ?? "none") to \(new.method?.rawValue ?? "none")"
            changes.append(change("operation-method-changed", .breaking, [], message, new.location))
        }
        if old.url != new.url {
            let message = "the URL changed from \(old.url?.description ?? "none") to \(new.url?.description ?? "none")"
            changes.append(change("operation-url-changed", .breaking, [], message, new.location))
        }
        if old.discriminator != new.discriminator {
            let message = "the fixed value that tells it apart changed from \(old.discriminator?.description ?? "none") to \(new.discriminator?.description ?? "none")"
            changes.append(change("operation-discriminator-changed", .breaking, [], message, new.location))
        }
        return changes
    }

    private func parameters() -> [APIChange] {
        var changes: [APIChange] = []
        for before in old.parameters {
            guard let after = new.parameters.first(where: { $0.name == before.name }) else {
                let level: APIChange.Level = before.isDeclaredRequired ? .breaking : .warning
                let what = before.isDeclaredRequired ? "required parameter" : "optional parameter"
                changes.append(change("parameter-removed", level, [before.name], "the \(what) '\(before.name)' was removed", new.location))
                continue
            }
            let name = before.name
            if !before.isDeclaredRequired, after.isDeclaredRequired {
                changes.append(change("parameter-became-required", .breaking, [name], "'\(name)' is now required", after.location))
            } else if before.isDeclaredRequired, !after.isDeclaredRequired {
                changes.append(change("parameter-became-optional", .info, [name], "'\(name)' is now optional", after.location))
            }
            if before.type != after.type {
                let message = "the type of '\(name)' changed from \(before.typeName) to \(after.typeName)"
                changes.append(change("parameter-type-changed", .breaking, [name], message, after.location))
            }
            if before.placement != after.placement {
                let message = "'\(name)' moved from the \(before.placement.rawValue) to the \(after.placement.rawValue)"
                changes.append(change("parameter-location-changed", .breaking, [name], message, after.location))
            }
            if before.fixedValue != after.fixedValue {
                let message = "the fixed value of '\(name)' changed from \(before.fixedValue ?? "none") to \(after.fixedValue ?? "none")"
                changes.append(change("parameter-fixed-value-changed", .breaking, [name], message, after.location))
            }
            if before.description.plain != after.description.plain {
                changes.append(change("parameter-description-changed", .info, [name], "the description of '\(name)' changed", after.location))
            }
        }
        for after in new.parameters where !old.parameters.contains(where: { $0.name == after.name }) {
            if after.isDeclaredRequired {
                let message = "the required parameter '\(after.name)' was added; existing calls do not send it"
                changes.append(change("parameter-added-required", .breaking, [after.name], message, after.location))
            } else {
                changes.append(change("parameter-added", .info, [after.name], "the optional parameter '\(after.name)' was added", after.location))
            }
        }
        return changes
    }

    private func scopes() -> [APIChange] {
        let before = Set(old.scopes.map(\.id))
        let after = Set(new.scopes.map(\.id))
        var changes: [APIChange] = []
        for id in after.subtracting(before).sorted() {
            let message = "it now needs scope \(id)\(Self.name(id, newScopes)); tokens granted before lack it"
            changes.append(change("operation-scope-added", .breaking, [String(id)], message, new.location))
        }
        for id in before.subtracting(after).sorted() {
            changes.append(change("operation-scope-removed", .info, [String(id)], "it no longer needs scope \(id)\(Self.name(id, oldScopes))", new.location))
        }
        return changes
    }

    private static func name(_ id: Int, _ scopes: [Scope]) -> String {
        scopes.first { $0.id == id }.map { " (\($0.description.plain))" } ?? ""
    }

    private func responses() -> [APIChange] {
        var changes: [APIChange] = []
        for outcome in [Response.Outcome.success, .failure] {
            let before = old.responses.first { $0.outcome == outcome }
            let after = new.responses.first { $0.outcome == outcome }
            guard let before, let after else { continue }
            if outcome == .success, before.delivery != after.delivery {
                let message = "the success answer now comes as \(after.delivery.rawValue), not \(before.delivery.rawValue)"
                changes.append(change("delivery-changed", .breaking, [], message, after.location))
            }
            if before.bodyPrefix != after.bodyPrefix {
                let message = "the body prefix changed from \(before.bodyPrefix.map { "'\($0)'" } ?? "none") to \(after.bodyPrefix.map { "'\($0)'" } ?? "none")"
                changes.append(change("body-prefix-changed", .breaking, [outcome.rawValue], message, after.location))
            }
            changes += FieldDiffer(operation: new.id, outcome: outcome, fallback: after.location)
                .diff(old: before.fields, new: after.fields, path: [])
        }
        return changes
    }

    /// "5000 requests per second" to "1000 requests per second": the number fell, the rest is the same.
    private func rateLimitLowered() -> APIChange? {
        guard let before = old.rateLimit.flatMap(RateLimit.init), let after = new.rateLimit.flatMap(RateLimit.init),
            before.unit == after.unit, after.count < before.count
        else { return nil }
        let message = "the rate limit fell from \(old.rateLimit!) to \(new.rateLimit!)"
        return change("rate-limit-lowered", .warning, [], message, new.location)
    }
}

/// A rate limit as a number and what follows it: `5000` and `requests per second`.
private struct RateLimit {
    let count: Double
    let unit: String

    init?(_ text: String) {
        let digits = text.prefix { $0.isNumber || $0 == "," || $0 == "." }
        guard let count = Double(digits.replacingOccurrences(of: ",", with: "")) else { return nil }
        self.count = count
        unit = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// Response fields compared by name, nested ones by their path (`data.openid`).
struct FieldDiffer {
    let operation: String
    let outcome: Response.Outcome
    let fallback: SourceLocation

    func diff(old: [Field], new: [Field], path: [String]) -> [APIChange] {
        var changes: [APIChange] = []
        for before in old {
            let name = (path + [before.name]).joined(separator: ".")
            guard let after = new.first(where: { $0.name == before.name }) else {
                changes.append(change("response-field-removed", .breaking, name, "the \(outcome.rawValue) field '\(name)' was removed", fallback))
                continue
            }
            if before.type != after.type, !(before.type == nil || after.type == nil) {
                let message = "the type of the \(outcome.rawValue) field '\(name)' changed from \(before.typeName) to \(after.typeName)"
                changes.append(change("response-field-type-changed", .breaking, name, message, after.location))
            }
            if before.isDeclaredRequired, after.isRequired == false {
                changes.append(change("response-field-became-optional", .warning, name, "the \(outcome.rawValue) field '\(name)' may now be absent", after.location))
            }
            changes += diff(old: before.fields, new: after.fields, path: path + [before.name])
        }
        for after in new where !old.contains(where: { $0.name == after.name }) {
            let name = (path + [after.name]).joined(separator: ".")
            changes.append(change("response-field-added", .info, name, "the \(outcome.rawValue) field '\(name)' was added", after.location))
        }
        return changes
    }

    private func change(_ kind: String, _ level: APIChange.Level, _ name: String, _ message: String, _ location: SourceLocation) -> APIChange {
        APIChange(kind: kind, level: level, subject: [operation, outcome.rawValue, name], operation: operation, message: message, location: location)
    }
}
