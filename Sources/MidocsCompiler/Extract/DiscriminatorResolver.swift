/// Tells apart operations that share one method and URL by the parameter whose fixed value
/// differs between them: the authorize URL's `response_type`, the token URL's `grant_type`.
enum DiscriminatorResolver {
    static func resolve(_ operations: [Operation]) -> [Operation] {
        var result = operations
        // Keyed by the values themselves: a string made for each of 20,000 operations was
        // most of a rebuild's merging.
        let groups = Dictionary(grouping: operations.indices) { Endpoint(method: operations[$0].method, url: operations[$0].url) }
        for indices in groups.values where indices.count > 1 {
            let first = operations[indices[0]]
            guard first.method != nil, first.url != nil else { continue }
            for parameter in first.parameters {
                let values = indices.map { operations[$0].parameter(named: parameter.name)?.fixedValue }
                let fixed = values.compactMap { $0 }
                guard fixed.count == indices.count, Set(fixed).count == fixed.count else { continue }
                for (index, value) in zip(indices, fixed) {
                    result[index].discriminator = Discriminator(parameter: parameter.name, value: value)
                }
                break
            }
        }
        return result
    }

    private struct Endpoint: Hashable {
        var method: HTTPMethod?
        var url: OperationURL?
    }
}
