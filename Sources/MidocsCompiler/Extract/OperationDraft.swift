/// An operation while its section is being read: what has been seen so far.
struct OperationDraft {
    /// A response whose delivery may still be unknown until its examples are seen.
    struct ResponseDraft {
        var outcome: Response.Outcome
        var delivery: Response.Delivery?
        var bodyPrefix: String?
        var fields: [Field] = []
        var examples: [Example] = []
        var location: SourceLocation
    }

    var title: String
    var anchor: String
    var headingLevel: Int
    var location: SourceLocation
    var method: HTTPMethod?
    var url: OperationURL?
    var scopes: [ScopeReference] = []
    var parameters: [Parameter] = []
    var responses: [ResponseDraft] = []
    var rateLimit: String?
    var summary: [Text] = []
    /// True once anything but prose was read: a label, or the method and URL.
    var hasOperationParts = false
    /// Roles of the blocks read into this operation, kept only if it is one.
    var blockRoles: [SourceLocation: BlockRole] = [:]
    /// Every number written in the operation's section, to find the error codes it cites.
    var mentionedNumbers: Set<Int> = []

    func id(page: String) -> String { "\(page).\(anchor)" }

    func makeOperation(page: String) -> Operation {
        Operation(
            id: id(page: page), title: title, page: page, anchor: anchor, method: method, url: url,
            summary: Text(
                markdown: summary.map(\.markdown).joined(separator: "\n\n"),
                plain: summary.map(\.plain).joined(separator: " ")),
            scopes: scopes, parameters: parameters, responses: responses.map(Self.finish), rateLimit: rateLimit,
            errorCodes: mentionedNumbers.sorted(), location: location)
    }

    /// Fills in what the docs left to be inferred: the delivery from the examples, and a
    /// body prefix from text before a JSON example's first brace.
    private static func finish(_ draft: ResponseDraft) -> Response {
        let delivery = draft.delivery ?? inferDelivery(draft.examples)
        var prefix = draft.bodyPrefix
        if prefix == nil, delivery == .jsonBody, let example = draft.examples.first {
            let text = example.text.trimmingWhitespace()
            if let brace = text.firstIndex(where: { $0 == "{" || $0 == "[" }), brace != text.startIndex {
                let candidate = String(text[..<brace])
                if !candidate.contains("\n"), !candidate.contains(" ") { prefix = candidate }
            }
        }
        return Response(
            outcome: draft.outcome, delivery: delivery, bodyPrefix: prefix, fields: FieldReader.nest(draft.fields),
            examples: draft.examples, location: draft.location)
    }

    private static func inferDelivery(_ examples: [Example]) -> Response.Delivery {
        guard let text = examples.first?.text.trimmingWhitespace() else { return .jsonBody }
        if text.hasPrefix("http://") || text.hasPrefix("https://") {
            return text.contains("#") ? .redirectWithFragment : .redirectWithQuery
        }
        return .jsonBody
    }

    /// "redirect with query", "JSON body", "callback", as the convention's headings say.
    static func delivery(from text: String) -> Response.Delivery? {
        let words = Label.normalize(text)
        if words.contains("fragment") { return .redirectWithFragment }
        if words.contains("callback") { return .callback }
        if words.contains("query") || words.contains("redirect") { return .redirectWithQuery }
        if words.contains("json") || words.contains("body") { return .jsonBody }
        return nil
    }
}
