import Foundation
import OpenAPIKit

/// Results the service delivers by calling the app back, as an OpenAPI callback: a request to
/// the URL the app gave in its callback parameter, with the result's fields in the query.
struct CallbackRequest {
    let endpoint: OpenAPIEndpoint
    let members: [(variant: Operation, response: Response)]

    /// The request parameter holding the URL to call: the first named like `callback`.
    var urlParameter: Parameter? {
        endpoint.variants.flatMap(\.parameters).first {
            $0.name.lowercased().contains("callback") && [.query, .header, .form].contains($0.placement)
        }
    }

    /// `{"confirmTheUserPasswordResult": {"{$request.query.callback}": {"get": ...}}}`; nil when
    /// no request parameter gives the URL to call.
    func makeCallbacks() -> OpenAPI.CallbacksMap? {
        guard let parameter = urlParameter, let url = OpenAPI.CallbackURL(rawValue: expression(for: parameter)) else {
            return nil
        }
        let fields = VariantMerger(endpoint: endpoint).mergeFields(members.map { ($0.variant, $0.response.fields) })
        let exampleURL = members.lazy.flatMap(\.response.examples).map(\.trimmedText).first { !$0.isEmpty }
        let exampleValues = Dictionary(
            (exampleURL.flatMap { URLComponents(string: $0)?.queryItems } ?? []).map { ($0.name, $0.value ?? "") },
            uniquingKeysWith: { first, _ in first })
        let parameters: OpenAPI.Parameter.Array = fields.map { field in
            let schema = field.type?.makeJSONSchema() ?? .fragment
            let example = exampleValues[field.name].map { field.type?.makeValue($0) ?? AnyCodable($0) }
            return .b(
                OpenAPI.Parameter(
                    name: field.name,
                    context: .query(
                        required: field.isDeclaredRequired, schemaOrContent: .a(.init(schema, style: .form, example: example))),
                    description: field.description.plain))
        }
        var description = "The service sends the result to the URL given in \(parameter.name)."
        if let exampleURL { description += " Example: \(exampleURL)" }
        // The docs' callbacks are GET requests with the fields in the query; the model has no
        // method for a callback, so this is the one shape emitted.
        let operation = OpenAPI.Operation(
            summary: "Result of \(endpoint.variants.map(\.title).joined(separator: " / "))",
            description: description, parameters: parameters,
            responses: [
                .range(.success): .response(description: "The app's answer; the docs do not say what the service does with it.")
            ])
        let name = OpenAPINaming.lowerCamel(endpoint.operationID) + "Result"
        return [name: .b([url: .b(OpenAPI.PathItem(get: operation))])]
    }

    /// Without a callbacks entry, `x-midocs-callback` keeps the fields.
    func makeExtension() -> AnyCodable {
        AnyCodable(members.map(ResultEntry.init))
    }

    /// The request's own answer: the result is not in it but comes with the callback.
    func makePendingResponse() -> OpenAPI.Response {
        let fields = members.map { ResultEntry.names(of: $0.response.fields) }.joined(separator: "; ")
        let target = urlParameter.map { "the URL given in \($0.name)" } ?? "the app's callback URL"
        return OpenAPI.Response(
            description: "The result is not in this response: the service sends it later to \(target), "
                + "with the fields \(fields).")
    }

    /// `{$request.query.callback}`, the OpenAPI runtime expression for the parameter's value.
    private func expression(for parameter: Parameter) -> String {
        switch parameter.placement {
        case .header: return "{$request.header.\(parameter.name)}"
        case .form, .body: return "{$request.body#/\(parameter.name.replacingOccurrences(of: ".", with: "/"))}"
        case .path: return "{$request.path.\(parameter.name)}"
        case .query, .cookie, .fragment, .callback: return "{$request.query.\(parameter.name)}"
        }
    }
}
