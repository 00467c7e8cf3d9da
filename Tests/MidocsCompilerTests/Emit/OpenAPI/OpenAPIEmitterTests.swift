import Foundation
import OpenAPIKit
import Testing

@testable import MidocsCompiler

/// Builds `openapi.json` from the repository's real content/ and reads it back.
struct OpenAPIEmitterTests {
    private func makeEmitter() throws -> OpenAPIEmitter {
        let compilation = compile(try TestSupport.loadRepositoryContent())
        #expect(!compilation.diagnostics.contains { $0.severity == .error })
        return OpenAPIEmitter(spec: compilation.spec)
    }

    private func operation(_ path: String, in document: OpenAPI.Document) throws -> OpenAPI.Operation {
        try #require(document.paths[OpenAPI.Path(rawValue: path)]?.pathItemValue?.get, "no GET \(path)")
    }

    private func parameter(_ name: String, of operation: OpenAPI.Operation) throws -> OpenAPI.Parameter {
        try #require(operation.parameters.compactMap(\.parameterValue).first { $0.name == name }, "no parameter \(name)")
    }

    private func variantCount(_ operation: OpenAPI.Operation) -> Int {
        (operation.vendorExtensions["x-midocs-variants"]?.value as? [Any])?.count ?? 1
    }

    @Test func makesSevenOperationsOfTheNineDocumentedOnes() throws {
        let document = try makeEmitter().makeDocument()
        let operations = document.paths.values.compactMap(\.pathItemValue).flatMap(\.endpoints).map(\.operation)
        #expect(document.openAPIVersion == .v3_1_0)
        #expect(operations.count == 7)
        #expect(operations.map(variantCount).reduce(0, +) == 9)
        #expect(Set(operations.compactMap(\.operationId)).count == 7)
        #expect(try operation("/user/profile", in: document).operationId == "getTheUserProfile")
    }

    @Test func servesEachPathFromItsHost() throws {
        let document = try makeEmitter().makeDocument()
        let hosts = document.paths.mapValues { $0.pathItemValue?.servers?.map(\.urlTemplate.rawValue) ?? [] }
        #expect(hosts["/oauth2/authorize"] == ["https://account.xiaomi.com"])
        #expect(hosts["/oauth2/token"] == ["https://account.xiaomi.com"])
        for path in ["/user/profile", "/user/openidV2", "/user/phoneAndEmail", "/user/relation", "/checkPassword"] {
            #expect(hosts[OpenAPI.Path(rawValue: path)] == ["https://open.account.xiaomi.com"], "\(path)")
        }
        #expect(document.servers.map(\.urlTemplate.rawValue) == ["https://account.xiaomi.com", "https://open.account.xiaomi.com"])
    }

    @Test func mergesTheCodeAndImplicitGrantsIntoOneAuthorizeOperation() throws {
        let authorize = try operation("/oauth2/authorize", in: try makeEmitter().makeDocument())
        #expect(authorize.operationId == "authorize")
        #expect(variantCount(authorize) == 2)
        let responseType = try parameter("response_type", of: authorize)
        #expect(responseType.required)
        #expect(responseType.schemaOrContent.schemaContextValue?.schema.schemaValue?.allowedValues == ["code", "token"])
        #expect(try parameter("client_id", of: authorize).required)
        #expect(try !parameter("state", of: authorize).required)
        let redirect = try #require(authorize.responses[status: 302]?.responseValue)
        let location = try #require(redirect.headers?["Location"]?.headerValue?.description)
        #expect(location.contains("query parameters code, state (optional)"))
        #expect(location.contains("fragment parameters access_token"))
        #expect(location.contains("On failure of"))
        // RFC 6749 4.1.2.1: no redirect to an unknown client's or unregistered URI.
        let unredirected = try #require(authorize.responses[.range(.clientError)]?.responseValue)
        #expect(unredirected.description?.contains("4.1.2.1") == true)
        #expect(try operation("/oauth2/token", in: try makeEmitter().makeDocument()).responses[.range(.clientError)] == nil)
    }

    @Test func mergesTheTokenVariantsAndMarksTheBodyPrefix() throws {
        let token = try operation("/oauth2/token", in: try makeEmitter().makeDocument())
        #expect(token.operationId == "token")
        #expect(token.security == nil)
        let code = try parameter("code", of: token)
        #expect(!code.required)
        #expect(code.description?.hasPrefix("Required for Exchange the code for an access token") == true)
        let success = try #require(token.responses[status: 200]?.responseValue)
        let json = try #require(success.content[.json]?.contentValue)
        #expect(json.vendorExtensions["x-midocs-body-prefix"]?.value as? String == "&&&START&&&")
        #expect(success.description?.contains("not plain JSON") == true)
        #expect(json.examples?.count == 2)
        #expect(json.schema?.reference?.name == "TokenResponse")
    }

    @Test func describesOAuthScopesAndTheMACSignature() throws {
        let document = try makeEmitter().makeDocument()
        let schemes = document.components.securitySchemes.compactMapValues(\.securitySchemeValue)
        guard case .oauth2(let flows, _) = schemes["oauth2"]?.type else {
            Issue.record("oauth2 is not an OAuth 2.0 scheme")
            return
        }
        #expect(flows.authorizationCode?.scopes.count == 13)
        #expect(flows.authorizationCode?.tokenUrl.absoluteString == "https://account.xiaomi.com/oauth2/token")
        #expect(flows.implicit?.authorizationUrl.absoluteString == "https://account.xiaomi.com/oauth2/authorize")
        #expect(schemes["macSignature"]?.type == .apiKey(name: "Authorization", location: .header))
        let requirements = try #require(try operation("/user/phoneAndEmail", in: document).security)
        #expect(requirements.count == 1)
        #expect(requirements.first?[.component(named: "oauth2")] == ["4", "6"])
        #expect(requirements.first?[.component(named: "macSignature")] == [])
    }

    @Test func listsTheThirteenErrorCodesInOneSchema() throws {
        let document = try makeEmitter().makeDocument()
        let schema = try #require(document.components.schemas["OAuthErrorCode"])
        #expect(schema.allowedValues?.count == 13)
        #expect(schema.allowedValues?.first == AnyCodable(96001))
        let names = schema.vendorExtensions["x-midocs-error-names"]?.value as? [String: String]
        #expect(names?.count == 13)
        #expect(names?["96013"] == "OA_INVALID_CODE")
    }

    @Test func deliversThePasswordCheckThroughACallback() throws {
        let checkPassword = try operation("/checkPassword", in: try makeEmitter().makeDocument())
        let callbacks = try #require(checkPassword.callbacks.values.first?.b)
        let url = try #require(OpenAPI.CallbackURL(rawValue: "{$request.query.callback}"))
        let get = try #require(callbacks[url]?.b?.get)
        #expect(get.parameters.compactMap(\.parameterValue?.name) == ["xmResult", "xmUserId", "code", "_xmNonce", "_xmSign"])
    }

    @Test func keepsACallbackWithoutAURLParameterInAnExtension() throws {
        let here = SourceLocation(file: "page.md", line: 1, column: 1)
        let result = Field(
            name: "ok", type: .boolean, typeName: "boolean", isRequired: true, description: .empty, location: here)
        let operation = MidocsCompiler.Operation(
            id: "page.notify", title: "Notify", page: "page", anchor: "notify", method: .get,
            url: OperationURL(scheme: "https", host: "example.com", path: "/notify"),
            responses: [Response(outcome: .success, delivery: .callback, fields: [result], location: here)], location: here)
        let document = OpenAPIEmitter(spec: Spec(title: "T", pages: [], operations: [operation])).makeDocument()
        let notify = try self.operation("/notify", in: document)
        #expect(notify.callbacks.isEmpty)
        #expect((notify.vendorExtensions["x-midocs-callback"]?.value as? [Any])?.count == 1)
        #expect(notify.responses[status: .range(.success)]?.responseValue?.description?.contains("ok") == true)
    }

    @Test func writesTheSameBytesTwice() throws {
        let first = try makeEmitter().emit()
        let second = try makeEmitter().emit()
        #expect(first.path == "openapi.json")
        #expect(first.data == second.data)
        #expect(first.data.last == UInt8(ascii: "\n"))
    }

    @Test func readsBackWithOpenAPIKit() throws {
        let file = try makeEmitter().emit()
        let document = try JSONDecoder().decode(OpenAPI.Document.self, from: file.data)
        try document.validate()
        #expect(document.openAPIVersion == .v3_1_0)
        #expect(document.paths.count == 7)
        #expect(try canonical(JSONEncoder().encode(document)) == canonical(file.data))
    }

    /// The JSON with sorted keys and sorted `required` lists: OpenAPIKit rebuilds `required`
    /// from its properties, whose order JSONDecoder does not keep.
    private func canonical(_ data: Data) throws -> Data {
        func sortingRequired(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                var result = object.mapValues(sortingRequired)
                if let required = object["required"] as? [String] { result["required"] = required.sorted() }
                return result
            }
            if let array = value as? [Any] { return array.map(sortingRequired) }
            return value
        }
        let value = sortingRequired(try JSONSerialization.jsonObject(with: data))
        return try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
    }
}
