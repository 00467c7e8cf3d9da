/// What a block of a page is to the site: a block the extractor read into the model is
/// rendered from the model (an operation's card, its parameter table), or not at all when
/// the card already shows it (the method and URL line, the Scopes label).
enum BlockRole: Sendable, Hashable {
    /// The operation's heading: the card with method, URL and scopes follows it.
    case operationHeading(operationID: String)
    /// Shown by the card instead: method and URL, labels such as Scopes and Rate limit.
    case hidden
    case parameterTable(operationID: String)
    case responseHeading(operationID: String, response: Int)
    case fieldTable(operationID: String, response: Int)
    case scopeTable
    case errorTable
}

extension BlockRole {
    /// The operation the block belongs to, for the roles that name one.
    var operationID: String? {
        switch self {
        case .operationHeading(let id), .parameterTable(let id), .responseHeading(let id, _), .fieldTable(let id, _): id
        case .hidden, .scopeTable, .errorTable: nil
        }
    }
}
