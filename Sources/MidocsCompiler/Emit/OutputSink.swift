/// Where a streaming build hands each file as soon as it is made, instead of holding the
/// whole site in memory until the end. Both methods may be called from several threads.
public protocol OutputSink: Sendable {
    /// A whole file, or the last chunks of one whose first chunks came through `append`.
    func accept(_ file: OutputFile)
    /// The next chunks of a file too large to hold whole, in order; `accept` with the
    /// same path ends it.
    func append(_ chunks: [[UInt8]], to path: String)
}
