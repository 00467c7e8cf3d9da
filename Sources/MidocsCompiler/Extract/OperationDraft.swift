/// An operation while its section is being read: what has been seen so far. A section may
/// declare several endpoints (`GET /user/repos` and `GET /users/{name}/repos` under one
/// heading); each becomes its own operation sharing the section's parameters and responses.
struct OperationDraft {
    /// A response whose delivery may still be unknown until its examples are seen.
    struct ResponseDraft {
        var outcome: Response.Outcome
        var delivery: Response.Delivery?
        var status: Int?
        var bodyPrefix: String?
        var fields: [Field] = []
        var examples: [Example] = []
        var location: SourceLocation
    }

    /// One endpoint the section declares; either part may still be missing.
    struct Endpoint: Equatable {
        var method: HTTPMethod?
        var url: OperationURL?
        /// A `Host:` header given with a relative path.
        var host: String?
        /// Declared by the heading (`## GET /query`), which may shorten the route.
        var isFromHeading = false
    }

    var title: String
    var anchor: String
    var headingLevel: Int
    /// The shallowest level of the label headings read for it (`### Request URL`).
    var labelLevel: Int?
    var location: SourceLocation
    var endpoints: [Endpoint] = []
    /// The names a sentence may speak of: the parameters read, and the keys of the JSON
    /// request examples.
    var knownNames: [String] {
        var names = parameters.map(\.parameter.name)
        for example in requestExamples where example.text.trimmingWhitespace().hasPrefix("{") {
            guard case .object(let object)? = try? JSONValue(parsingAnnotated: example.text) else { continue }
            names += object.keys.sorted()
        }
        return names
    }

    /// What sentences said of names not read as parameters yet (keys of a body example).
    var statedRequired: [String: Bool] = [:]
    /// The section's endpoints came from a table listing them (a page's overview, maybe).
    var listsEndpoints = false
    /// A request shown with values filled in, the section's endpoint if it declares none.
    var filledInRequest: EndpointLine?
    /// A path the heading is, for methods the section gives without one.
    var headingURL: OperationURL?
    var scopes: [ScopeReference] = []
    var parameters: [ParameterTableReader.Row] = []

    /// Rows read from one more block (a table, a list, a definition). A name that an earlier
    /// block gave is the same parameter told again (a bullet beside the table, a header
    /// table repeated for each status), so it fills in what the first left out rather than
    /// repeating it; a name twice in one block stays twice, for `duplicate-parameter`.
    /// Returns where each row landed.
    @discardableResult
    mutating func addParameters(_ rows: [ParameterTableReader.Row]) -> [Int] {
        let earlier = parameters.count
        return rows.map { row in
            guard let index = parameters[..<earlier].firstIndex(where: { Self.isSame($0, row) }) else {
                parameters.append(row)
                return parameters.count - 1
            }
            var first = parameters[index]
            if first.parameter.isRequired == nil { first.parameter.isRequired = row.parameter.isRequired }
            if first.parameter.type == nil, row.parameter.type != nil {
                first.parameter.type = row.parameter.type
                first.parameter.typeName = row.parameter.typeName
            }
            if first.parameter.description.plain.isEmpty { first.parameter.description = row.parameter.description }
            if !first.isPlacementStated, row.isPlacementStated {
                first.parameter.placement = row.parameter.placement
                first.isPlacementStated = true
            }
            parameters[index] = first
            return index
        }
    }

    /// The same name, and the same place unless one of them does not say.
    private static func isSame(_ first: ParameterTableReader.Row, _ second: ParameterTableReader.Row) -> Bool {
        first.parameter.name == second.parameter.name
            && (!first.isPlacementStated || !second.isPlacementStated || first.parameter.placement == second.parameter.placement)
    }
    /// Parameters whose required-ness is marked in their text (`{{<required>}}`) rather than
    /// a column: once one of them is marked required, the unmarked ones are optional.
    var markedParameters: Set<Int> = []
    var responses: [ResponseDraft] = []
    var requestExamples: [Example] = []
    /// Query parameters the URL names with placeholders (`?appKey={appKey}`).
    var queryNames: [String] = []
    /// The section says its body is form-encoded: "body" parameters are form fields.
    var isFormBody = false
    /// A request in the section sends JSON (a curl call with a JSON body, say).
    var sendsJSON = false
    var rateLimit: String?
    var summary: [Text] = []
    /// True once anything but prose was read: a label, or the method and URL.
    var hasOperationParts = false
    /// A JSON object shown under a request-body label (`* input body：`, `Request Body`).
    var showsLabeledBody = false
    /// A sentence of the section that names the method, for endpoints that state none.
    var methodHint: MethodHint?
    /// Code spans and links of the section that hold a `?`: calls shown as links.
    var queryCalls: [(text: String, location: SourceLocation)] = []
    /// Roles of the blocks read into this operation, kept only if it is one.
    var blockRoles: [SourceLocation: BlockRole] = [:]
    /// Every number written in the operation's section, to find the error codes it cites.
    var mentionedNumbers: Set<Int> = []

    func id(page: String) -> String { "\(page).\(anchor)" }

    /// Labels read and nothing under them (`## API Endpoint` with the endpoint in a section
    /// of its own), or only an error shown (`## Errors` over `**Error Response**`): not an
    /// operation.
    var isEmpty: Bool {
        endpoints.allSatisfy { $0.method == nil && $0.url == nil } && parameters.isEmpty
            && responses.allSatisfy { $0.outcome == .failure } && requestExamples.isEmpty && scopes.isEmpty && rateLimit == nil
    }

    // MARK: Endpoints

    /// A declared method and URL: a new endpoint, unless it completes the last one or
    /// repeats one already declared.
    mutating func declare(_ line: EndpointLine, host: String? = nil) {
        addQueryNames(line.queryNames)
        declare(line.method, line.url, host: host)
    }

    /// Query keys the URL or a call names, each once.
    /// `GET /contacts?updated_since=2010-09-25` after `GET /contacts`: a call of the endpoint
    /// declared, whose query keys are parameters of it. True when it was one.
    mutating func noteFilledIn(_ line: EndpointLine) -> Bool {
        guard line.isExample, declaresCall(line) else { return false }
        addQueryNames(line.filledInNames)
        return true
    }

    /// Whether a request line is a call of an endpoint declared here, placeholders filled in or not.
    func declaresCall(_ line: EndpointLine) -> Bool {
        endpoints.contains { endpoint in
            endpoint.method == line.method && endpoint.url.map { $0.path == line.url.path || Self.fills($0.path, with: line.url.path) } == true
        }
    }

    mutating func addQueryNames(_ names: [String]) {
        for name in names where !queryNames.contains(name) { queryNames.append(name) }
    }

    mutating func declare(_ method: HTTPMethod, _ url: OperationURL, host: String? = nil) {
        hasOperationParts = true
        if endpoints.contains(where: { $0.method == method && $0.url?.path == url.path }) { return }
        // `DELETE http://localhost:4080/api/myindex/_doc/1` after `DELETE /api/:target/_doc/:id`:
        // a call of the endpoint declared, its placeholders filled in.
        if endpoints.contains(where: { $0.method == method && $0.url.map { Self.fills($0.path, with: url.path) } == true }) { return }
        if let last = endpoints.indices.last,
            endpoints[last].method == nil && (endpoints[last].url == nil || endpoints[last].url == url)
                || endpoints[last].url == nil && endpoints[last].method == method
        {
            endpoints[last].method = method
            endpoints[last].url = url
            endpoints[last].host = host
            return
        }
        endpoints.append(Endpoint(method: method, url: url, host: host))
    }

    /// Whether the segments of `short` stand together, in order, inside the longer `path`.
    static func isPart(_ short: String, of path: String) -> Bool {
        let part = short.split(separator: "/")
        let segments = path.split(separator: "/")
        guard !part.isEmpty, segments.count > part.count else { return false }
        return (0...(segments.count - part.count)).contains { Array(segments[$0..<($0 + part.count)]) == part }
    }

    /// Whether `path` is `template` with values in its `{placeholders}`: the same segments
    /// elsewhere, or the template's segments at the end of a longer path (a base path added).
    static func fills(_ template: String, with path: String) -> Bool {
        let pattern = template.split(separator: "/")
        let segments = path.split(separator: "/")
        guard pattern.contains(where: { $0.hasPrefix("{") }), segments.count >= pattern.count else { return false }
        return zip(pattern, segments.suffix(pattern.count)).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }

    mutating func declare(url: OperationURL) {
        hasOperationParts = true
        // `## GET /query` over `{corpToken}/query/{entity}`: the section gives the whole route.
        if let last = endpoints.indices.last, endpoints[last].isFromHeading, let short = endpoints[last].url?.path,
            Self.isPart(short, of: url.path)
        {
            endpoints[last].url = url
            endpoints[last].isFromHeading = false
            return
        }
        if let last = endpoints.indices.last, endpoints[last].url == nil {
            endpoints[last].url = url
        } else if !endpoints.contains(where: { $0.url == url }) {
            endpoints.append(Endpoint(url: url))
        }
    }

    /// "GET/POST" declares both methods on the last URL, or on each of the URLs a list gave
    /// without methods.
    mutating func declare(methods: [HTTPMethod]) {
        hasOperationParts = true
        guard let first = methods.first else { return }
        let listed = endpoints.indices.filter { endpoints[$0].method == nil && endpoints[$0].url != nil }
        if listed.count > 1 {
            for index in listed { endpoints[index].method = first }
            for index in listed {
                for method in methods.dropFirst() { endpoints.append(Endpoint(method: method, url: endpoints[index].url)) }
            }
            return
        }
        if let last = endpoints.indices.last, endpoints[last].method == nil {
            endpoints[last].method = first
            let url = endpoints[last].url
            for method in methods.dropFirst() { endpoints.append(Endpoint(method: method, url: url)) }
        } else if endpoints.isEmpty {
            endpoints = methods.map { Endpoint(method: $0) }
        } else {
            let url = endpoints.last?.url
            for method in methods where !endpoints.contains(where: { $0.method == method && $0.url == url }) {
                endpoints.append(Endpoint(method: method, url: url))
            }
        }
    }

    // MARK: Operations

    /// The section's operations: one per endpoint, or one without method and URL when it
    /// declares none (still an operation: its parts were read).
    func makeOperations(page: String) -> [Operation] {
        let endpoints = self.endpoints.isEmpty ? [Endpoint()] : self.endpoints
        let summary = Text(
            markdown: summary.map(\.markdown).joined(separator: "\n\n"), plain: summary.map(\.plain).joined(separator: " "))
        let responses = responses.map(ResponseShaper.finish)
        return endpoints.enumerated().map { index, endpoint in
            var title = self.title
            var id = id(page: page)
            if endpoints.count > 1 {
                title += " (\([endpoint.method?.rawValue, endpoint.url?.path].compactMap { $0 }.joined(separator: " ")))"
                if index > 0 { id += "-\(index + 1)" }
            }
            return Operation(
                id: id, title: title, page: page, anchor: anchor, method: endpoint.method, url: endpoint.url,
                summary: summary, scopes: scopes, parameters: parameters(for: endpoint),
                requestExamples: requestExamples.isEmpty ? nil : requestExamples, responses: responses,
                rateLimit: rateLimit, errorCodes: mentionedNumbers.sorted(), location: location)
        }
    }

    /// The section's parameters as this endpoint takes them: `{name}`s of its path are path
    /// parameters (declared by the URL alone when no table lists them), and a parameter
    /// whose place the docs leave unsaid goes where the method sends values.
    private func parameters(for endpoint: Endpoint) -> [Parameter] {
        let pathNames = endpoint.url?.pathParameters ?? []
        let unstated = unstatedPlacement(for: endpoint.method)
        var result: [Parameter] = []
        let marksRequired = markedParameters.contains { parameters[$0].parameter.isRequired == true }
        let host = endpoint.url?.host.lowercased() ?? ""
        for (index, row) in parameters.enumerated() {
            var row = row
            // `http://localhost:<daprPort>/...`: a value of the host is the server's, not the call's.
            let name = row.parameter.name.lowercased()
            if host.contains("<\(name)>") || host.contains("{\(name)}") { continue }
            if marksRequired, markedParameters.contains(index), row.parameter.isRequired == nil { row.parameter.isRequired = false }
            var parameter = row.parameter
            // `AccountAlias` in the table, `{accountAlias}` in the route: the route's spelling,
            // which the URL template needs.
            if !pathNames.contains(parameter.name), !row.isPlacementStated || parameter.placement == .path,
                let spelled = pathNames.first(where: { $0.lowercased() == parameter.name.lowercased() })
            {
                parameter.name = spelled
            }
            // A name of the route's template is a path segment, even where a table says "url" or query.
            if pathNames.contains(parameter.name), !row.isPlacementStated || parameter.placement == .path || parameter.placement == .query {
                parameter.placement = .path
                if parameter.isRequired == nil { parameter.isRequired = true }
            } else if parameter.placement == .path, endpoints.contains(where: { $0.url?.pathParameters.contains(parameter.name) == true }) {
                // A path parameter of another endpoint of the section.
                continue
            } else if parameter.placement == .path {
                // A path segment cannot be left out, even where the URL shows an example value.
                if parameter.isRequired == nil { parameter.isRequired = true }
            } else if !row.isPlacementStated, queryNames.contains(parameter.name) {
                // `POST /query?fields={fields}`: the route's query names it, whatever the method.
                parameter.placement = .query
            } else if !row.isPlacementStated {
                parameter.placement = unstated
            } else if parameter.placement == .body, isFormBody, !parameter.name.contains(".") {
                parameter.placement = .form
            }
            result.append(parameter)
        }
        for name in queryNames where !result.contains(where: { $0.name == name }) {
            result.append(
                Parameter(
                    name: name, placement: .query, isRequired: nil, type: nil, typeName: "", description: .empty,
                    fixedValue: nil, location: location))
        }
        if result.allSatisfy({ $0.placement == .path || $0.placement == .header }) {
            result += exampleBodyParameters(for: endpoint.method)
        }
        for name in pathNames where !result.contains(where: { $0.name == name && $0.placement == .path }) {
            result.append(
                Parameter(
                    name: name, placement: .path, isRequired: true, type: nil, typeName: "", description: .empty,
                    fixedValue: nil, location: location))
        }
        return result
    }

    /// A request documented by its JSON body alone: the body's top-level keys are its
    /// parameters, typed as the example's values are; whether each is required, it does
    /// not say. (Where a table names some, the example is checked against it instead.)
    private func exampleBodyParameters(for method: HTTPMethod?) -> [Parameter] {
        // With no method stated, a body shown says the method sends one (POST, as read later).
        guard method == nil || method == .post || method == .put || method == .patch,
            let (example, text) = requestExamples.lazy.compactMap({ example in Self.jsonBody(of: example.text).map { (example, $0) } }).first,
            // A batch, `[{...}, {...}]`, is described by its first item's keys.
            case .object(let object)? = (try? JSONValue(parsingAnnotated: text))?.firstObject
        else { return [] }
        // `"name": "x",  // 任务描述（必填）`: a comment on the key's line describes it.
        let comments = text.containsBytes("/") ? JSONValue.keyComments(in: text) : [:]
        return ResponseShaper.derived(object, order: text, location: example.location).map { field in
            let comment = comments[field.name] ?? ""
            return Parameter(
                name: field.name, placement: .body, isRequired: statedRequired[field.name] ?? RequiredMark.inDescription(comment),
                type: field.type, typeName: "", description: Text(markdown: comment, plain: comment),
                fixedValue: nil, location: example.location)
        }
    }

    /// The JSON a request example sends: the example itself, or the body of a raw request
    /// (`POST /v1/discover`, its headers, a blank line, then `{...}`).
    static func jsonBody(of text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") { return trimmed }
        let firstLine = trimmed.prefix { $0 != "\n" && $0 != "\r\n" }
        guard EndpointLine(String(firstLine)) != nil, let gap = trimmed.range(of: "\n\n") ?? trimmed.range(of: "\r\n\r\n") else { return nil }
        let body = trimmed[gap.upperBound...].trimmingWhitespace()
        return body.hasPrefix("{") || body.hasPrefix("[") ? body : nil
    }

    /// Where a GET sends values (the query), and a POST: a JSON body when the section shows
    /// one or nests names, else a form.
    private func unstatedPlacement(for method: HTTPMethod?) -> Parameter.Placement {
        switch method {
        case .post?, .put?, .patch?:
            if isFormBody { return .form }
            // An object among the values (`Filters | object[]`) is more than a form can hold;
            // with a file beside it, the form is a multipart one.
            let holdsObjects = parameters.contains { row in
                row.parameter.type == .object || row.parameter.type == .list(.object)
            } && !parameters.contains { $0.parameter.type == .file }
            return showsJSONBody || parameters.contains { $0.parameter.name.contains(".") } || sendsJSON || holdsObjects ? .body : .form
        case .delete?:
            // A DELETE sends a body only where the docs show one under a body label.
            return showsLabeledBody || sendsJSON ? .body : .query
        default:
            return .query
        }
    }

    private var showsJSONBody: Bool {
        requestExamples.contains { example in
            example.language == "json" || example.text.trimmingWhitespace().hasPrefix("{") || example.text.containsBytes("application/json")
                || Self.jsonBody(of: example.text) != nil
        }
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
