extension Spec {
    /// The spec with every line and column set to zero (files are kept). What depends only
    /// on this, such as openapi.json, does not change when an edit moves text up or down a
    /// page, and a rebuild can tell so by comparing it.
    var placeless: Spec { placeless(reusing: nil, nil) }

    /// `placeless`, taking each page and operation that equals its counterpart in `earlier`
    /// (the spec of the last build) from `earlierPlaceless` (that spec made placeless): a
    /// rebuild then makes again only the edited page's.
    func placeless(reusing earlier: Spec?, _ earlierPlaceless: Spec?) -> Spec {
        var spec = self
        spec.pages = Self.placeless(pages, earlier?.pages, earlierPlaceless?.pages, key: \.slug) { page in
            var page = page
            page.location = page.location.placeless
            page.headings = page.headings.map { var heading = $0; heading.location = heading.location.placeless; return heading }
            page.links = page.links.map { var link = $0; link.range = link.range.placeless; return link }
            return page
        }
        spec.operations = Self.placeless(operations, earlier?.operations, earlierPlaceless?.operations, key: \.id) { $0.placeless }
        spec.scopes = scopes.map { scope in
            var scope = scope
            scope.location = scope.location.placeless
            scope.apis = scope.apis.map { var api = $0; api.range = api.range.placeless; return api }
            return scope
        }
        spec.errorCodes = errorCodes.map { var error = $0; error.location = error.location.placeless; return error }
        spec.profileFacts = ProfileFacts()
        return spec
    }

    /// Each element made placeless, or its earlier counterpart's placeless form when the two
    /// are equal. The counterpart is the element at the same position, else the one with the
    /// same key (pages or operations added or removed before it).
    private static func placeless<Element: Equatable>(
        _ elements: [Element], _ earlier: [Element]?, _ earlierPlaceless: [Element]?, key: (Element) -> String,
        making: (Element) -> Element
    ) -> [Element] {
        guard let earlier, let earlierPlaceless, earlier.count == earlierPlaceless.count else { return elements.map(making) }
        var positions: [String: Int]?
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if index < earlier.count, earlier[index] == element {
                result.append(earlierPlaceless[index])
                continue
            }
            if positions == nil {
                positions = Dictionary(earlier.indices.map { (key(earlier[$0]), $0) }, uniquingKeysWith: { first, _ in first })
            }
            if let position = positions?[key(element)], earlier[position] == element {
                result.append(earlierPlaceless[position])
            } else {
                result.append(making(element))
            }
        }
        return result
    }
}

extension Operation {
    fileprivate var placeless: Operation {
        var operation = self
        operation.location = self.location.placeless
        operation.scopes = self.scopes.map { var scope = $0; scope.range = scope.range.placeless; return scope }
        operation.parameters = self.parameters.map { var parameter = $0; parameter.location = parameter.location.placeless; return parameter }
        operation.responses = self.responses.map { response in
            var response = response
            response.location = response.location.placeless
            response.fields = response.fields.map(\.placeless)
            response.examples = response.examples.map { var example = $0; example.location = example.location.placeless; return example }
            return response
        }
        return operation
    }
}

extension Field {
    fileprivate var placeless: Field {
        var field = self
        field.location = location.placeless
        field.fields = fields.map(\.placeless)
        return field
    }
}

extension SourceLocation {
    fileprivate var placeless: SourceLocation { SourceLocation(file: file, line: 0, column: 0) }
}

extension SourceRange {
    fileprivate var placeless: SourceRange { SourceRange(start: start.placeless, end: end.placeless) }
}
