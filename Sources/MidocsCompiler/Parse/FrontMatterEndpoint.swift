import Yams

/// An endpoint a page declares in its front matter, as some Jekyll and Hugo API docs do:
///
///     name: Get player club tags
///     url: https://prod.example.net
///     method: GET
///     route: /accounts/clubTags/?accountIdList={accountIdList}
///     parameters:
///       query:
///         - name: accountIdList
///           required: true
///
/// The body of such a page holds only remarks and examples.
public struct FrontMatterEndpoint: Sendable, Hashable {
    public struct Parameter: Sendable, Hashable {
        public var name: String
        public var placement: String
        public var type: String
        public var description: String
        public var isRequired: Bool?
    }

    public var name: String?
    public var method: String
    public var route: String
    public var host: String?
    public var parameters: [Parameter]

    /// Read from the front matter's YAML when it names a method and a route; nil otherwise,
    /// and for YAML that does not parse (the page is read as Markdown all the same).
    init?(yaml: String) {
        // The method under its own name, or as the page's `type:` (`type: 'GET'`) when that is one.
        guard yaml.contains("method") || yaml.contains("type"), let loaded = try? Yams.load(yaml: yaml) as? [String: Any],
            let method = (loaded["method"] ?? loaded["http_method"] ?? loaded["verb"]) as? String
                ?? (loaded["type"] as? String).flatMap({ HTTPMethod(parsing: $0.uppercased()) != nil ? $0 : nil }),
            let route = (loaded["route"] ?? loaded["path"] ?? loaded["endpoint"] ?? loaded["url_path"] ?? loaded["api_path"]) as? String
        else { return nil }
        self.method = method
        self.route = route
        name = loaded["name"] as? String
        host = (loaded["url"] ?? loaded["host"] ?? loaded["base_url"]) as? String
        var parameters: [Parameter] = []
        // `parameters:` as a map of places to lists, or one list whose items say `in:`.
        if let places = loaded["parameters"] as? [String: Any] {
            for place in places.keys.sorted() {
                for item in places[place] as? [[String: Any]] ?? [] { parameters += Self.parameter(item, place: place) }
            }
        } else if let items = loaded["parameters"] as? [[String: Any]] {
            for item in items { parameters += Self.parameter(item, place: item["in"] as? String ?? "") }
        }
        self.parameters = parameters
    }

    private static func parameter(_ item: [String: Any], place: String) -> [Parameter] {
        guard let name = item["name"] as? String, !name.isEmpty else { return [] }
        return [
            Parameter(
                name: name, placement: place, type: item["type"] as? String ?? "", description: item["description"] as? String ?? "",
                isRequired: item["required"] as? Bool)
        ]
    }
}
