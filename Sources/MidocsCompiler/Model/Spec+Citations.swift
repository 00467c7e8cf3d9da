extension Spec {
    /// The operations that need each scope and that cite each error code, in the spec's
    /// order: what the scope and error tables list beside each row, on the site and in the
    /// Markdown twins.
    var operationsCiting: (byScope: [Int: [Operation]], byErrorCode: [Int: [Operation]]) {
        var byScope: [Int: [Operation]] = [:]
        var byError: [Int: [Operation]] = [:]
        for operation in operations {
            for id in Set(operation.scopes.map(\.id)) { byScope[id, default: []].append(operation) }
            for code in operation.errorCodes { byError[code, default: []].append(operation) }
        }
        return (byScope, byError)
    }
}
