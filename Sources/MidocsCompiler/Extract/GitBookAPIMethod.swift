/// GitBook's API blocks, written as Liquid tags in the Markdown:
///
///     {% api-method method="get" host="https://api.example.com" path="/api/campaigns/:id" %}
///     {% api-method-summary %}Get Campaign{% endapi-method-summary %}
///     {% api-method-path-parameters %}
///     {% api-method-parameter name="id" type="integer" required=true %} ... {% endapi-method-parameter %}
///     ...
///     {% api-method-response-example httpCode=200 %} ... {% endapi-method-response-example %}
///     {% endapi-method %}
///
/// Each block is one operation, read from the page's text: GitBook renders them as cards,
/// and their tags are not Markdown a reader could hold.
enum GitBookAPIMethod {
    /// The sections that hold parameters, and where those parameters go.
    private static let placements: [String: Parameter.Placement] = [
        "api-method-path-parameters": .path, "api-method-query-parameters": .query, "api-method-headers": .header,
        "api-method-body-parameters": .body, "api-method-form-data-parameters": .form, "api-method-cookies": .cookie,
    ]

    static func operations(in file: SourceFile) -> [Operation] {
        guard file.text.utf8.count < 5_000_000, file.text.containsBytes("{% api-method ") || file.text.containsBytes("{% swagger ") else { return [] }
        var operations: [Operation] = []
        var current: (tag: Tag, summary: String, parameters: [Parameter], statuses: [(Int, SourceLocation)])?
        var placement: Parameter.Placement?
        var summaryStart: String.Index?
        var usedAnchors: [String: Int] = [:]
        let text = file.text
        for tag in Self.tags(in: text, file: file.path) {
            switch tag.name {
            case "api-method":
                current = (tag, "", [], [])
            // GitBook's later form: `{% swagger baseUrl="..." path="..." method="post" summary="..." %}`.
            case "swagger":
                var tag = tag
                tag.attributes["host"] = tag.attributes["baseUrl"]
                current = (tag, tag.attributes["summary"] ?? "", [], [])
            case "swagger-parameter":
                let places: [String: Parameter.Placement] = ["path": .path, "query": .query, "header": .header, "body": .body, "formData": .form, "cookie": .cookie]
                if current != nil, let parameter = Self.parameter(tag, placement: tag.attributes["in"].flatMap { places[$0] }) {
                    current?.parameters.append(parameter)
                }
            case "swagger-response":
                if let code = tag.attributes["status"].flatMap(Int.init) { current?.statuses.append((code, tag.location)) }
            case "api-method-summary":
                summaryStart = tag.end
            case "endapi-method-summary":
                if let start = summaryStart, current != nil { current?.summary = text[start..<tag.start].trimmingWhitespace() }
                summaryStart = nil
            case "api-method-parameter":
                if current != nil, let parameter = Self.parameter(tag, placement: placement) { current?.parameters.append(parameter) }
            case "api-method-response-example":
                if let code = tag.attributes["httpCode"].flatMap(Int.init) { current?.statuses.append((code, tag.location)) }
            case "endapi-method", "endswagger":
                guard let open = current else { continue }
                current = nil
                let title = open.summary.isEmpty ? "\(open.tag.attributes["method"]?.uppercased() ?? "") \(open.tag.attributes["path"] ?? "")" : open.summary
                var anchor = HeadingIDGenerator.slug(title)
                let repeats = usedAnchors[anchor, default: 0]
                usedAnchors[anchor] = repeats + 1
                if repeats > 0 { anchor += "-\(repeats + 1)" }
                // `[PlatformAddress]/api/1.0/`: a host placeholder in brackets.
                var host = (open.tag.attributes["host"] ?? "").trimmingWhitespace()
                if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
                    host = "{" + host[host.index(after: host.startIndex)..<close] + "}" + host[host.index(after: close)...]
                }
                var path = open.tag.attributes["path"] ?? ""
                if !path.hasPrefix("/"), host.hasSuffix("/") == false { path = "/" + path }
                let written = host.isEmpty ? path : host.hasSuffix("/") && path.hasPrefix("/") ? host + path.dropFirst() : host + path
                let url = OperationURL(parsingReference: written)
                let method = open.tag.attributes["method"].flatMap { HTTPMethod(parsing: $0.uppercased()) }
                // `path="contact?action=add"`: the key shown in the query is the query's.
                var parameters = open.parameters
                for (name, _) in EndpointLine.queryPairs(in: path) where !name.isEmpty && !parameters.contains(where: { $0.name == name }) {
                    parameters.append(
                        Parameter(
                            name: name, placement: .query, isRequired: nil, type: nil, typeName: "", description: .empty, fixedValue: nil,
                            location: open.tag.location))
                }
                // `in="path"` for a name the route does not hold: where the method sends values.
                let routeNames = url?.pathParameters ?? []
                for index in parameters.indices where parameters[index].placement == .path && !routeNames.contains(parameters[index].name) {
                    parameters[index].placement = method == .post || method == .put || method == .patch ? .body : .query
                }
                operations.append(
                    Operation(
                        id: "\(file.slug).\(anchor)", title: title, page: file.slug, anchor: anchor,
                        method: method, url: url,
                        parameters: parameters,
                        responses: open.statuses.map { status, location in
                            Response(outcome: status < 400 ? .success : .failure, delivery: .jsonBody, status: status, location: location)
                        },
                        location: open.tag.location))
            default:
                if let section = placements[tag.name] {
                    placement = section
                } else if tag.name.hasPrefix("endapi-method-") && placements[String(tag.name.dropFirst(3))] != nil {
                    placement = nil
                }
            }
        }
        return operations
    }

    /// `{% api-method-parameter name="id" type="integer" required=true %}`, and the swagger form's.
    private static func parameter(_ tag: Tag, placement: Parameter.Placement?) -> Parameter? {
        guard let name = tag.attributes["name"], !name.isEmpty else { return nil }
        let typeName = tag.attributes["type"] ?? ""
        return Parameter(
            name: name, placement: placement ?? .query, isRequired: tag.attributes["required"].map { $0 == "true" },
            type: ValueType(parsing: typeName), typeName: typeName, description: .empty, fixedValue: nil, location: tag.location)
    }

    struct Tag {
        var name: String
        var attributes: [String: String]
        var start: String.Index
        var end: String.Index
        var location: SourceLocation
    }

    /// Every `{% name key="value" key=value %}` of the text, in order.
    static func tags(in text: String, file: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1
        var lineStart = text.startIndex
        var index = text.startIndex
        while let open = text[index...].range(of: "{%") {
            for position in text[index..<open.lowerBound].indices where text[position] == "\n" {
                line += 1
                lineStart = text.index(after: position)
            }
            guard let close = text[open.upperBound...].range(of: "%}") else { break }
            let body = text[open.upperBound..<close.lowerBound].trimmingWhitespace()
            var words = body.split(separator: " ", maxSplits: 1)
            let name = words.isEmpty ? "" : String(words.removeFirst())
            let column = text[lineStart..<open.lowerBound].utf8.count + 1
            tags.append(
                Tag(
                    name: name, attributes: attributes(words.first.map(String.init) ?? ""), start: open.lowerBound, end: close.upperBound,
                    location: SourceLocation(file: file, line: line, column: column)))
            for position in text[open.lowerBound..<close.upperBound].indices where text[position] == "\n" {
                line += 1
                lineStart = text.index(after: position)
            }
            index = close.upperBound
        }
        return tags
    }

    /// `method="get" required=true` as a dictionary.
    private static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].trimmingWhitespace()
            var value = rest[rest.index(after: equals)...].drop { $0 == " " }
            if let quote = value.first, quote == "\"" || quote == "'" {
                value = value.dropFirst()
                let end = value.firstIndex(of: quote) ?? value.endIndex
                result[key] = String(value[..<end])
                rest = end < value.endIndex ? value[value.index(after: end)...] : ""
            } else {
                let end = value.firstIndex(of: " ") ?? value.endIndex
                result[key] = String(value[..<end])
                rest = value[end...]
            }
        }
        return result
    }
}
