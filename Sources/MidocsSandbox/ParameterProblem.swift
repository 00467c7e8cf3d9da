import MidocsCompiler

/// Why a request breaks what the docs say of its parameters.
enum ParameterProblem: Error, Sendable, Equatable {
    case missing(String)
    case wrongType(String, expected: String)
    /// A fixed value, or the value that tells operations on one URL apart, is not one the docs give.
    case unsupportedValue(String, value: String)
    case repeated(String)
    /// The query is not valid percent-encoded UTF-8, or is too long to be a real request.
    case malformedQuery(String)

    var parameter: String? {
        switch self {
        case .missing(let name), .wrongType(let name, _), .unsupportedValue(let name, _), .repeated(let name): return name
        case .malformedQuery: return nil
        }
    }

    var message: String {
        switch self {
        case .missing(let name): return "the required parameter \(name) is missing"
        case .wrongType(let name, let expected): return "\(name) must be \(expected)"
        case .unsupportedValue(let name, let value): return "\(name)=\(value) is not supported"
        case .repeated(let name): return "\(name) is given more than once"
        case .malformedQuery(let reason): return "the query is malformed: \(reason)"
        }
    }

    /// The parameters `operation` documents that `values` break, in the docs' order.
    static func find(in operation: Operation, query: [(name: String, value: String)]) -> [ParameterProblem] {
        var problems: [ParameterProblem] = []
        var counts: [String: Int] = [:]
        for item in query { counts[item.name, default: 0] += 1 }
        for parameter in operation.parameters where parameter.placement == .query {
            let given = query.filter { $0.name == parameter.name }.map(\.value)
            guard let value = given.first else {
                if parameter.isDeclaredRequired { problems.append(.missing(parameter.name)) }
                continue
            }
            if given.count > 1 { problems.append(.repeated(parameter.name)) }
            if let fixed = parameter.fixedValue, value != fixed {
                problems.append(.unsupportedValue(parameter.name, value: value))
            } else if let expected = typeProblem(value, parameter.type) {
                problems.append(.wrongType(parameter.name, expected: expected))
            } else if value.isEmpty, parameter.isDeclaredRequired {
                problems.append(.missing(parameter.name))
            }
        }
        return problems
    }

    /// What the value should be, when it is not of `type`.
    private static func typeProblem(_ value: String, _ type: ValueType?) -> String? {
        switch type {
        case .long?: return Int64(value) == nil ? "a whole number" : nil
        case .int?: return Int32(value) == nil ? "a whole number" : nil
        case .number?: return Double(value) == nil || !value.allSatisfy({ "0123456789.-+eE".contains($0) }) ? "a number" : nil
        case .boolean?: return ["true", "false"].contains(value.lowercased()) ? nil : "true or false"
        default: return nil
        }
    }
}
