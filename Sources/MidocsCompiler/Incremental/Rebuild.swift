/// One compilation of an `IncrementalCompiler`: the result `compile` would give, with what
/// was made again and which outputs may differ from the last rebuild that had no errors.
public struct Rebuild: Sendable {
    public var compilation: Compilation
    public var work: RebuildWork
    /// The outputs that may differ from the last successful rebuild's, by path; nil when
    /// any may. A writer need write only these, and files it did not write before.
    public var changedOutputs: Set<String>?
}
