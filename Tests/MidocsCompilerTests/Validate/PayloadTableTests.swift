import Testing

@testable import MidocsCompiler

/// A field table that names none of the example's keys describes something inside it (the
/// objects of an array the example leaves empty): the example is not checked against it.
struct PayloadTableTests {
    @Test func aTableOfTheArraysObjectsIsNotComparedWithTheEnvelope() {
        let page = SourceFile(
            path: "roles.md",
            text: """
                # List roles

                `GET /roles?page={page}`

                ## Response

                ```json
                { "totalPages": 1, "content": [] }
                ```

                The objects of `content` have:

                | Name | Type | Description |
                | --- | --- | --- |
                | `id` | `string` | The role. |
                | `name` | `string` | Its name. |

                """)
        let content = Content(files: [page], assets: [], configuration: SiteConfiguration(), theme: Theme(templates: [:], staticFiles: []))
        let compilation = compile(content)
        #expect(compilation.spec.operations.first?.responses.first?.fields.count == 2)
        #expect(!compilation.diagnostics.contains { $0.code == .unknownExampleKey || $0.code == .missingExampleField }, "\(compilation.diagnostics)")
    }

    @Test func anEnvelopeTableStillFindsAMisspelledKey() {
        let page = SourceFile(
            path: "roles.md",
            text: """
                # Get a role

                `GET /roles/{id}`

                ## Response

                | Name | Type | Description |
                | --- | --- | --- |
                | `id` | `string` | The role. |
                | `name` | `string` | Its name. |

                ```json
                { "id": "r1", "nmae": "admin" }
                ```

                """)
        let content = Content(files: [page], assets: [], configuration: SiteConfiguration(), theme: Theme(templates: [:], staticFiles: []))
        #expect(compile(content).diagnostics.map(\.code).contains(.unknownExampleKey))
    }
}
