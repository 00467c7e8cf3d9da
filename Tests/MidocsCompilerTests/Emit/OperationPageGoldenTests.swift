import Foundation
import Testing

@testable import MidocsCompiler

/// One operation page, rendered with the real theme, checked byte for byte against a
/// reviewed file: its card, parameter table, response and example as a reader sees them.
struct OperationPageGoldenTests {
    static let page = """
        # Library API

        ## List the shelves

        `GET https://api.example.com/v1/shelves`

        Returns the shelves of one library, in the order they stand.

        **Scopes:** 2

        ### Parameters

        | Name | In | Type | Required | Description |
        | --- | --- | --- | --- | --- |
        | `library` | query | string | yes | The library's id. |
        | `limit` | query | int | no | At most this many shelves; 20 when left out. |

        ### Success: JSON body

        | Field | Type | Required | Description |
        | --- | --- | --- | --- |
        | `shelves` | list of object | yes | The shelves. |
        | `shelves.name` | string | yes | What the shelf is called. |

        ```json
        {
          "shelves": [{ "name": "Poetry" }]
        }
        ```

        ## Permissions

        | Scope | Grants | APIs |
        | --- | --- | --- |
        | 2 | Reading the shelves | `/v1/shelves` |

        """

    @Test func anOperationPageRendersAsReviewed() throws {
        var content = try TestSupport.loadRepositoryContent()
        content.files = [SourceFile(path: "library.md", text: Self.page)]
        content.assets = []
        content.configuration = SiteConfiguration(title: "Library docs")
        let compilation = compile(content)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics)")
        #expect(compilation.spec.operations.map(\.title) == ["List the shelves"])
        let html = try #require(compilation.outputs.first { $0.path == "library.html" })
        try Golden.check(html.data, against: "Emit/operation-page.html")
    }
}
