/// The arguments of one tool call, checked against the tool's input schema.
struct ToolArguments: Sendable {
    enum Argument: Sendable, Equatable {
        case string(String)
        case integer(Int)
    }

    var values: [String: Argument] = [:]

    func string(_ name: String) -> String? {
        if case .string(let text)? = values[name] { return text }
        return nil
    }

    func integer(_ name: String) -> Int? {
        if case .integer(let number)? = values[name] { return number }
        return nil
    }
}
