/// What goes wrong in the client runtime itself, as opposed to a failure the service reports.
public enum MiAccountError: Error, Sendable, Equatable {
    case missingParameter(String)
    case invalidParameter(String, String)
    case unexpectedStatus(Int)
}
