/// Tells apart operations that share one method and URL by the parameter whose fixed value
/// differs between them: the authorize URL's `response_type`, the token URL's `grant_type`.
enum DiscriminatorResolver {
    static func resolve(_ operations: [Operation]) -> [Operation] {
        var result = operations
        let groups = Dictionary(grouping: operations.indices) { index -> String in
            let operation = operations[index]
            return "\(operation.method?.rawValue ?? "") \(operation.url?.description ?? "")"
        }
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
}
