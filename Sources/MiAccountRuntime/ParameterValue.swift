/// A value that travels as text in a query, a fragment or a form: a string, a number, a
/// boolean, or a list of scopes (ids separated by spaces).
public protocol ParameterValue: Sendable {
    var parameterText: String { get }
    init?(parameterText: String)
}

extension String: ParameterValue {
    public var parameterText: String { self }
    public init?(parameterText: String) { self = parameterText }
}

extension Int: ParameterValue {
    public var parameterText: String { String(self) }
    public init?(parameterText: String) { self.init(parameterText, radix: 10) }
}

extension Int64: ParameterValue {
    public var parameterText: String { String(self) }
    public init?(parameterText: String) { self.init(parameterText, radix: 10) }
}

extension Bool: ParameterValue {
    public var parameterText: String { self ? "true" : "false" }
    public init?(parameterText: String) {
        switch parameterText.lowercased() {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
}

/// A scope enum generated from a scope table; a list of them travels as ids separated by
/// spaces.
public protocol ScopeValue: RawRepresentable, Sendable where RawValue == Int {}

extension Array: ParameterValue where Element: ScopeValue {
    /// Scope ids separated by spaces: `1 3`.
    public var parameterText: String { map { String($0.rawValue) }.joined(separator: " ") }

    public init?(parameterText: String) {
        var scopes: [Element] = []
        for id in parameterText.split(separator: " ") {
            guard let number = Int(id), let scope = Element(rawValue: number) else { return nil }
            scopes.append(scope)
        }
        self = scopes
    }
}
