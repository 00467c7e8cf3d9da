/// The "Try it" part of an operation card: the call as a curl command and, when the docs'
/// profile brings a Swift client, the same call with the generated types.
struct TryIt: Sendable, Hashable {
    /// Shell text, one argument a line after the first, joined by ` \`.
    var curl: String
    /// The shell variables the command reads, which earlier steps (or the reader) set.
    var variables: [String]
    /// The command calls `midocs sandbox` rather than the documented URL.
    var callsSandbox: Bool
    var swift: String?
}
