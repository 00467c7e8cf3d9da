import Foundation
import OpenAPIKit
import Testing

@testable import MidocsCompiler

/// The OpenAPI emitter on small pages written for the test: one construct each.
struct OpenAPIEmitterInlineTests {
    private static func document(_ markdown: String, profile: String? = nil) throws -> OpenAPI.Document {
        let content = Content(
            files: [SourceFile(path: "api.md", text: markdown)], assets: [],
            configuration: SiteConfiguration(title: "T", profile: profile), theme: Theme(templates: [:], staticFiles: []))
        let compilation = compile(content)
        #expect(!compilation.diagnostics.containsErrors, "\(compilation.diagnostics)")
        return OpenAPIEmitter(spec: compilation.spec).makeDocument()
    }

    private static let page = """
        # API

        ## Get a thing

        `GET https://api.example.com/v2/things`

        ### Parameters

        | Name | Type | Required | Description |
        | --- | --- | --- | --- |
        | `id` | string | yes | Which thing. |
        | `verbose` | boolean | no | Say more. |

        """

    @Test func anOperationKeepsItsHostPathAndParameters() throws {
        let document = try Self.document(Self.page)
        let item = try #require(document.paths[OpenAPI.Path(rawValue: "/v2/things")]?.pathItemValue)
        #expect(item.servers?.map(\.urlTemplate.rawValue) == ["https://api.example.com"])
        let operation = try #require(item.get)
        let parameters = operation.parameters.compactMap(\.parameterValue)
        #expect(parameters.map(\.name) == ["id", "verbose"])
        #expect(parameters.map(\.required) == [true, false])
        #expect(parameters.allSatisfy { $0.location == .query })
    }

    @Test func withoutAProfileNothingSaysHowCallsAreGuarded() throws {
        let scoped = Self.page.replacingOccurrences(of: "### Parameters", with: "**Scopes:** 1\n\n### Parameters")
            + "\n## Scope table\n\n| Scope | Grants | APIs |\n| --- | --- | --- |\n| 1 | Things | `/v2/things` |\n"
        let document = try Self.document(scoped)
        #expect(document.components.securitySchemes.isEmpty)
        #expect(document.paths.values.compactMap(\.pathItemValue).allSatisfy { $0.get?.security == nil })
    }
}
