/// What one service adds to the general compiler, chosen in site.yml (`profile: mi-account`):
/// a reader and checks of its worked examples, how openapi.json says its calls are guarded,
/// the parts of spec.json's schema its facts need, the runtime and naming rules of its
/// generated Swift client, and how operation cards call its sandbox. Without one, docs build
/// with the general compiler alone.
public struct Profile: Sendable {
    public let name: String
    let makeReader: @Sendable () -> any ProfileReader
    /// Every kind of fact the profile reads, with none of them: spec.json lists every kind.
    let noFacts: ProfileFacts
    /// Checks of the whole model that only the service's rules can make.
    let checks: [@Sendable (Spec) -> [Diagnostic]]
    let makeSecurity: (@Sendable (Spec) -> any OpenAPISecurity)?
    let schema: SpecSchema.Addition
    /// Nil when the profile brings no client runtime: then no Swift client is made.
    let swiftClient: SwiftClientRules?
    /// How operation cards call the service's sandbox (nil: the documented URL, general values).
    let tryIt: TryItRules?
    /// What `midocs diff` compares of the profile's own facts between two versions.
    var diff: (@Sendable (_ old: Spec, _ new: Spec) -> [APIChange])? = nil

    /// Every profile midocs knows.
    public static let all: [Profile] = [.miAccount]

    public static func named(_ name: String) -> Profile? {
        all.first { $0.name == name }
    }
}

/// What the generated Swift client builds on and how it names what the general rules
/// leave open.
struct SwiftClientRules: Sendable {
    /// The module of the hand-written runtime the generated code imports.
    var runtimeModule: String
    /// A parameter's Swift type where the service's own rule gives one (nil: the general rule).
    var parameterType: @Sendable (Parameter) -> String?
    /// The runtime's one error type, which generated code throws.
    var errorType: String
    /// The fields of an answer that grants tokens; such answers make the runtime's `TokenSet`.
    var tokenFields: TokenFields

    struct TokenFields: Sendable {
        var accessToken: String
        var macKey: String
        var expiresIn: String
        var refreshToken: String
        var scope: String
    }
}
