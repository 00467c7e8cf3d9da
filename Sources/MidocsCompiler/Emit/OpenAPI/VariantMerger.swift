/// Folds what the variants of one endpoint say into one list: a name every variant requires
/// stays required; one that only some variants need becomes optional and says which.
struct VariantMerger {
    let endpoint: OpenAPIEndpoint

    /// The token endpoint's `client_id` (required by both variants) stays required; `code`,
    /// sent only by the code exchange, becomes optional, its description led by "Required
    /// for Exchange the code for an access token (grant_type=authorization_code). Not used by
    /// Refresh an access token (grant_type=refresh_token)."
    func mergeParameters() -> [Parameter] {
        merge(endpoint.variants.map { ($0, $0.parameters) }, name: \.name, required: \.isRequired, description: \.description) {
            parameter, found in
            if Set(found.map(\.item.fixedValue)).count > 1 { parameter.fixedValue = nil }
        }
    }

    /// The same for response fields, one list per documented response, with nested fields
    /// (the Open API `data` object) merged the same way.
    func mergeFields(_ members: [(variant: Operation, items: [Field])]) -> [Field] {
        merge(members, name: \.name, required: \.isRequired, description: \.description) { field, found in
            field.fields = mergeFields(found.map { ($0.variant, $0.item.fields) })
        }
    }

    /// Names in the order they first appear, each merged from the members that have it.
    private func merge<Item>(
        _ members: [(variant: Operation, items: [Item])], name: KeyPath<Item, String>,
        required: WritableKeyPath<Item, Bool?>, description: WritableKeyPath<Item, Text>,
        finish: (inout Item, [(variant: Operation, item: Item)]) -> Void
    ) -> [Item] {
        guard members.count > 1 else { return members.first?.items ?? [] }
        var names: [String] = []
        for member in members {
            for item in member.items where !names.contains(item[keyPath: name]) {
                names.append(item[keyPath: name])
            }
        }
        return names.map { itemName in
            let found = members.compactMap { member in
                member.items.first { $0[keyPath: name] == itemName }.map { (variant: member.variant, item: $0) }
            }
            var merged = found[0].item
            merged[keyPath: required] = found.count == members.count && found.allSatisfy { $0.item[keyPath: required] == true }
            merged[keyPath: description] = describe(
                found.map { ($0.variant, $0.item[keyPath: description], $0.item[keyPath: required] == true) },
                among: members.map(\.variant), isRequired: merged[keyPath: required] == true)
            finish(&merged, found)
            return merged
        }
    }

    /// One description for all variants: the shared text once, or each variant's text after
    /// its name; led by which variants require the value when not all of them do.
    private func describe(
        _ found: [(variant: Operation, description: Text, isRequired: Bool)], among variants: [Operation],
        isRequired: Bool
    ) -> Text {
        var sentences: [String] = []
        let requiring = found.filter(\.isRequired).map { endpoint.label(of: $0.variant) }
        if !isRequired, !requiring.isEmpty {
            sentences.append("Required for \(requiring.joined(separator: " and ")).")
        }
        let missing = variants.filter { variant in !found.contains { $0.variant.id == variant.id } }
        if !missing.isEmpty {
            sentences.append("Not used by \(missing.map(endpoint.label(of:)).joined(separator: " and ")).")
        }
        var texts: [(label: String, text: Text)] = []
        for entry in found where !texts.contains(where: { $0.text.plain == entry.description.plain }) {
            texts.append((endpoint.label(of: entry.variant), entry.description))
        }
        func join(_ part: KeyPath<Text, String>) -> String {
            let body = texts.count == 1
                ? texts[0].text[keyPath: part]
                : texts.map { "\($0.label): \($0.text[keyPath: part])" }.joined(separator: "\n\n")
            return ([sentences.joined(separator: " ")] + [body]).filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
        return Text(markdown: join(\.markdown), plain: join(\.plain))
    }
}
