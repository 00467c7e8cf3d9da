import MidocsCompiler

/// A request matched to the documented operation it calls, with its values decoded.
public struct SandboxCall: Sendable {
    public let operation: MidocsCompiler.Operation
    public let request: SandboxRequest
    /// The first value of each query parameter.
    public let values: [String: String]
}

/// The docs' operation, not Foundation's `Operation`.
typealias Operation = MidocsCompiler.Operation
