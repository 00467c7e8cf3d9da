/// A Swift declaration in generated code: types, cases, properties, initializers and
/// functions, with their doc comments. `SwiftRenderer` alone turns these into text.
indirect enum SwiftDeclaration: Sendable, Hashable {
    /// A function or initializer parameter: `label name: Type = default`.
    struct Parameter: Sendable, Hashable {
        var label: String?
        var name: String
        var type: String
        var defaultValue: SwiftExpression?

        init(_ name: String, _ type: String, label: String? = nil, defaultValue: SwiftExpression? = nil) {
            self.label = label
            self.name = name
            self.type = type
            self.defaultValue = defaultValue
        }
    }

    /// Who may use a declaration.
    enum Access: String, Sendable, Hashable {
        case `public`, `internal`, `private`
    }

    case `struct`(name: String, conformances: [String], documentation: [String], members: [SwiftDeclaration])
    case `enum`(
        name: String, conformances: [String], documentation: [String], access: Access = .public,
        members: [SwiftDeclaration])
    case `case`(name: String, rawValue: SwiftExpression?, documentation: [String])
    /// A stored property; `isLet` with a value makes a constant that cannot be set.
    case property(
        name: String, type: String?, isStatic: Bool, isLet: Bool, value: SwiftExpression?, documentation: [String],
        access: Access = .public)
    case computedProperty(name: String, type: String, isStatic: Bool, body: [SwiftStatement], documentation: [String])
    /// `throwing` names the error type thrown (`throws(MiAccountError)`); nil: nothing thrown.
    case initializer(parameters: [Parameter], throwing: String?, body: [SwiftStatement], documentation: [String])
    case function(
        name: String, parameters: [Parameter], returnType: String?, throwing: String?, body: [SwiftStatement],
        documentation: [String])
    case `extension`(type: String, conformances: [String], members: [SwiftDeclaration])
    case typeAlias(name: String, type: String, documentation: [String])

    /// A source file: the imports, then the declarations.
    struct File: Sendable, Hashable {
        var name: String
        var imports: [String]
        var declarations: [SwiftDeclaration]
    }
}
