/// Compares two specs and lists every change an integrator could notice: operations, their
/// parameters, responses, scopes and deliveries; the scope and error tables; pages and
/// anchors that links may point at; and what the profile compares of its own facts.
public struct SpecDiffer: Sendable {
    public init() {}

    public func diff(old: Spec, new: Spec) -> [APIChange] {
        var changes: [APIChange] = []
        let pairs = OperationPairs(old: old.operations, new: new.operations)
        for operation in pairs.removed {
            changes.append(
                APIChange(
                    kind: "operation-removed", level: .breaking, subject: [operation.id], operation: operation.id,
                    message: "operation '\(operation.title)' (\(Self.line(operation))) was removed", location: operation.location))
        }
        for operation in pairs.added {
            changes.append(
                APIChange(
                    kind: "operation-added", level: .info, subject: [operation.id], operation: operation.id,
                    message: "operation '\(operation.title)' (\(Self.line(operation))) was added", location: operation.location))
        }
        for (before, after) in pairs.matched {
            changes += OperationDiffer(old: before, new: after, oldScopes: old.scopes, newScopes: new.scopes).diff()
        }
        changes += TableDiffer(old: old, new: new).diff()
        changes += PageDiffer(old: old.pages, new: new.pages).diff()
        // A spec.json carries no profile facts to compare, so only two content versions do.
        if old.profile == new.profile, let profile = new.profile.flatMap(Profile.named), let compare = profile.diff {
            changes += compare(old, new)
        }
        return changes.sorted(by: Self.order)
    }

    /// `GET https://open.account.xiaomi.com/user/profile`, with the fixed value that tells it apart.
    static func line(_ operation: Operation) -> String {
        var text = "\(operation.method?.rawValue ?? "?") \(operation.url?.description ?? "?")"
        if let discriminator = operation.discriminator { text += " (\(discriminator))" }
        return text
    }

    /// Breaking first, then by operation and place, so the output reads top to bottom.
    static func order(_ lhs: APIChange, _ rhs: APIChange) -> Bool {
        if lhs.level != rhs.level { return lhs.level > rhs.level }
        let left = (lhs.location?.file ?? "", lhs.location?.line ?? 0, lhs.location?.column ?? 0, lhs.id)
        let right = (rhs.location?.file ?? "", rhs.location?.line ?? 0, rhs.location?.column ?? 0, rhs.id)
        return left < right
    }
}

/// Operations of two versions paired up: by id, then, for an id that changed (a renamed
/// heading), by method, URL and fixed value.
struct OperationPairs {
    var matched: [(Operation, Operation)] = []
    var removed: [Operation] = []
    var added: [Operation] = []

    init(old: [Operation], new: [Operation]) {
        var unmatched = new
        var leftOver: [Operation] = []
        for operation in old {
            if let index = unmatched.firstIndex(where: { $0.id == operation.id }) {
                matched.append((operation, unmatched.remove(at: index)))
            } else {
                leftOver.append(operation)
            }
        }
        for operation in leftOver {
            let index = unmatched.firstIndex {
                $0.method == operation.method && $0.url == operation.url && $0.discriminator == operation.discriminator
            }
            if let index {
                matched.append((operation, unmatched.remove(at: index)))
            } else {
                removed.append(operation)
            }
        }
        added = unmatched
    }
}
