/// A Swift expression in generated code, built as a value so that only `SwiftRenderer`
/// turns code into text.
indirect enum SwiftExpression: Sendable, Hashable {
    case identifier(String)
    case string(String)
    case integer(Int64)
    case boolean(Bool)
    case `nil`
    /// `base.name`; a nil base is an implicit member: `.profile`.
    case member(SwiftExpression?, String)
    /// `callee(label: argument, ...)`.
    case call(SwiftExpression, [Argument])
    case `try`(SwiftExpression)
    case await(SwiftExpression)
    /// `value!`, in a card's snippet where the value is known to be there.
    case forceUnwrap(SwiftExpression)
    case array([SwiftExpression])
    /// `value?`, the start of an optional chain.
    case optionalChain(SwiftExpression)
    /// `value ?? fallback`.
    case nilCoalescing(SwiftExpression, SwiftExpression)

    struct Argument: Sendable, Hashable {
        var label: String?
        var value: SwiftExpression

        init(_ label: String?, _ value: SwiftExpression) {
            self.label = label
            self.value = value
        }
    }

    /// `name(label: value, ...)` with every argument labelled.
    static func call(_ name: String, _ arguments: [(String?, SwiftExpression)]) -> SwiftExpression {
        .call(.identifier(name), arguments.map { Argument($0.0, $0.1) })
    }
}

/// A statement in a generated function or initializer body.
indirect enum SwiftStatement: Sendable, Hashable {
    /// `let name = value` or `var name = value`.
    case declaration(isMutable: Bool, name: String, value: SwiftExpression)
    /// `target = value`, for `self.code = ...`.
    case assignment(SwiftExpression, SwiftExpression)
    case expression(SwiftExpression)
    case `return`(SwiftExpression)
    /// `switch subject { case pattern: statement ... }`, one statement a case.
    case `switch`(SwiftExpression, [SwitchCase])

    struct SwitchCase: Sendable, Hashable {
        var pattern: SwiftExpression
        var statement: SwiftStatement

        init(_ pattern: SwiftExpression, _ statement: SwiftStatement) {
            self.pattern = pattern
            self.statement = statement
        }
    }
}
