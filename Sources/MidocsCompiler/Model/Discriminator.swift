/// What tells apart operations that share one method and URL: a parameter with a fixed
/// value, such as `response_type=code` for the code grant.
public struct Discriminator: Sendable, Hashable, Codable, CustomStringConvertible {
    public var parameter: String
    public var value: String

    public init(parameter: String, value: String) {
        self.parameter = parameter
        self.value = value
    }

    public var description: String { "\(parameter)=\(value)" }
}
