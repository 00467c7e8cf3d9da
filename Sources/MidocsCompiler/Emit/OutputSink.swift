/// Where a streaming build hands each file as soon as it is made, instead of holding the
/// whole site in memory until the end. `accept` may be called from several threads.
public protocol OutputSink: Sendable {
    func accept(_ file: OutputFile)
}
