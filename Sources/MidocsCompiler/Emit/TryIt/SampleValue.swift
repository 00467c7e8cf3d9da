/// What a card's "Try it" part gives one parameter: a value written out, or a shell variable
/// that an earlier step sets (`$ACCESS_TOKEN`), each with its Swift.
struct SampleValue: Sendable, Hashable {
    /// The value; for a variable, its name.
    var text: String
    var isVariable: Bool
    /// The Swift, where it is not `text` as a literal of the parameter's type: `tokens.accessToken`.
    var swift: SwiftExpression?

    static func literal(_ text: String, swift: SwiftExpression? = nil) -> SampleValue {
        SampleValue(text: text, isVariable: false, swift: swift)
    }

    static func variable(_ name: String, swift: SwiftExpression) -> SampleValue {
        SampleValue(text: name, isVariable: true, swift: swift)
    }

    /// A shell variable's name for a parameter: `xmUserId` is `XM_USER_ID`.
    static func variableName(for name: String) -> String {
        SwiftNaming.humps(in: name).map { $0.uppercased() }.joined(separator: "_")
    }
}
