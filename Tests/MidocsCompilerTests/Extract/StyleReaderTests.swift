import Foundation
import Testing

@testable import MidocsCompiler

/// What the readers take from each shape of real-world API docs, one fixture per shape in
/// Fixtures/Styles (the golden files hold the whole model; these name the facts that matter).
struct StyleReaderTests {
    private static func operations(_ fixture: String, servers: [String] = []) throws -> [MidocsCompiler.Operation] {
        let file = try TestSupport.fixture("Styles/\(fixture).md")
        var diagnostics: [Diagnostic] = []
        return Extractor(configuration: SiteConfiguration(servers: servers))
            .extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics).operations
    }

    private static func endpoints(_ operations: [MidocsCompiler.Operation]) -> [String] {
        operations.map { "\($0.method?.rawValue ?? "-") \($0.url?.description ?? "-")" }
    }

    private static func parameters(_ operation: MidocsCompiler.Operation) -> [String] {
        operation.parameters.map { "\($0.name) \($0.placement.rawValue) \($0.isRequired.map(String.init) ?? "unknown")" }
    }

    @Test func fencedRequestLinesTakeTheHostFromThePage() throws {
        let operations = try Self.operations("fenced-request-line")
        #expect(Self.endpoints(operations) == ["GET https://api.garden.test/v2/beds", "POST https://api.garden.test/v2/beds/{bedId}/plantings"])
        #expect(Self.parameters(operations[1]) == ["bedId path true", "crop form true", "rows form false"])
    }

    @Test func pathsWithoutAHostTakeTheFirstServer() throws {
        let operations = try Self.operations("several-endpoints", servers: ["https://code.example.test/api"])
        #expect(Self.endpoints(operations) == ["GET https://code.example.test/api/user/repos", "GET https://code.example.test/api/users/{owner}/repos"])
        // Without a server they stay paths: nothing is invented.
        #expect(Self.endpoints(try Self.operations("several-endpoints")) == ["GET /user/repos", "GET /users/{owner}/repos"])
    }

    @Test func theServersAreInTheModelAndEveryServerInOpenAPI() throws {
        let file = try TestSupport.fixture("Styles/several-endpoints.md")
        var diagnostics: [Diagnostic] = []
        let servers = ["https://code.example.test", "https://sandbox.code.example.test"]
        let spec = Extractor(configuration: SiteConfiguration(servers: servers))
            .extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        #expect(spec.servers == servers)
        let json = String(decoding: SpecJSONEmitter.makeJSON(spec, reusing: .init()).bytes.data, as: UTF8.self)
        #expect(json.contains("\"servers\" : [\n    \"https://code.example.test\",\n    \"https://sandbox.code.example.test\"\n  ]"))
    }

    @Test func severalEndpointsUnderOneHeadingShareItsParameters() throws {
        let operations = try Self.operations("several-endpoints")
        #expect(operations.map(\.title) == ["List repositories (GET /user/repos)", "List repositories (GET /users/{owner}/repos)"])
        #expect(Set(operations.map(\.id)).count == 2)
        #expect(Self.parameters(operations[0]) == ["sort query unknown"])
        #expect(Self.parameters(operations[1]) == ["sort query unknown", "owner path true"])
    }

    @Test func aRawRequestGivesItsHostAndAJSONBody() throws {
        let operation = try #require(try Self.operations("raw-request-with-host").first)
        #expect(operation.url?.description == "https://kitchen.example.test/kettle/boil")
        // Its header lines are header parameters; the table gives the body.
        #expect(Self.parameters(operation) == ["Host header unknown", "Content-Type header unknown", "litres body unknown"])
        #expect(operation.parameters[2].type == .number)
    }

    @Test func headingsThatAreRequestLinesNormalisePathParameters() throws {
        let operations = try Self.operations("heading-request-line")
        #expect(Self.endpoints(operations) == ["GET /shelves/{shelfId}", "DELETE /shelves/{shelfId}"])
        #expect(operations.allSatisfy { Self.parameters($0) == ["shelfId path true"] })
    }

    @Test func chineseLabelsColumnsAndTypes() throws {
        let operation = try #require(try Self.operations("chinese-labels").first)
        #expect(Self.endpoints([operation]) == ["GET https://books.example.test/api/book"])
        #expect(Self.parameters(operation) == ["isbn query true", "page query false", "tags query false"])
        #expect(operation.parameters.map(\.type) == [.string, .int, .list(.any)])
        #expect(operation.parameters.map(\.typeName) == ["字符串", "整型", "数组"])
    }

    @Test func labelHeadingsTakeTheirValueFromTheNextBlock() throws {
        let operations = try Self.operations("heading-labels-then-values")
        #expect(Self.endpoints(operations) == ["GET http://{portal_address}/api/v1/user", "POST http://{portal_address}/api/v1/user"])
        #expect(Self.parameters(operations[0]) == ["uid query true"])
    }

    @Test func bulletLabelsAndANestedJSONBody() throws {
        let operation = try #require(try Self.operations("bullet-labels").first)
        #expect(Self.endpoints([operation]) == ["POST /api/v3/order"])
        #expect(Self.parameters(operation) == ["symbol body true", "limit.price body false"])
    }

    @Test func keyValueTablesAndEndpointTables() throws {
        #expect(Self.endpoints(try Self.operations("key-value-table")) == ["PUT /tickets/{ticketId}/close"])
        #expect(Self.endpoints(try Self.operations("endpoint-table")) == ["GET /admin/routes", "PUT /admin/routes/{id}"])
    }

    @Test func examplesAreNeverOperations() throws {
        let operations = try Self.operations("example-headings")
        #expect(operations.map(\.title) == ["Switch a lamp on"])
        #expect(Self.endpoints(operations) == ["POST https://lamps.example.test/lamps/on"])
    }

    @Test func withoutARequiredColumnRequiredIsUnknown() throws {
        let operation = try #require(try Self.operations("no-required-column").first)
        #expect(operation.parameters.map(\.isRequired) == [nil, nil])
    }

    @Test func requiredMarksInDescriptionsAndDefinitions() throws {
        #expect(Self.parameters(try #require(try Self.operations("description-marks").first)) == ["currency query true", "tag query false"])
        #expect(Self.parameters(try #require(try Self.operations("definition-parameters").first)) == ["username form true", "reason form false"])
    }

    @Test func typeWordsMapToTheModelAndAnUnknownOneIsAWarning() throws {
        let file = try TestSupport.fixture("Styles/type-vocabulary.md")
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        let types = try #require(spec.operations.first).parameters.map(\.type)
        #expect(types == [.long, .number, .boolean, .list(.string), .list(.object), .long, .string, .object, .file, .number, nil])
        #expect(diagnostics.map(\.code) == [.unknownType])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    /// A Required column of circles and crosses: the circle is yes, so the cross is no.
    @Test func circlesAndCrossesInARequiredColumn() throws {
        let file = SourceFile(
            path: "jobs.md",
            text: "# Jobs\n\n## Create a job\n\n`POST /api/v1/jobs`\n\n| Field | Type | Required |\n| --- | --- | --- |\n| name | string | o |\n| tags | list | x |\n")
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        #expect(try #require(spec.operations.first).parameters.map(\.isRequired) == [true, false])
        #expect(diagnostics.isEmpty)
    }

    /// Each endpoint a list item that opens with its heading, as some Jekyll docs write them.
    @Test func headingsInsideListItemsAreSections() throws {
        let file = SourceFile(
            path: "queue.md",
            text: "# Queue\n\n## HTTP API\n\n* #### `POST` `/put`\n\n    Adds a message.\n\n* #### `GET` `/stats`\n\n    Counts messages.\n")
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        #expect(spec.operations.map { "\($0.method?.rawValue ?? "") \($0.url?.path ?? "")" } == ["POST /put", "GET /stats"])
    }

    /// A name told again in a second block (a bullet after the table) is the same
    /// parameter: it fills in what the table left out and is not a duplicate.
    @Test func aParameterToldTwiceIsOneParameter() throws {
        let file = SourceFile(
            path: "alerts.md",
            text: """
                # Alerts

                ## Merge alerts

                `POST /api/alert/{id}/merge/{caseId}`

                | Name | Type | Description |
                | --- | --- | --- |
                | id | string | The alert. |

                Parameters:

                - `id`: the alert to merge
                - `caseId`: the case it goes into

                """)
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        let operation = try #require(spec.operations.first)
        #expect(operation.parameters.map(\.name) == ["id", "caseId"])
        #expect(operation.parameters[0].type == .string)
        let checks = DuplicateParameter().check(spec)
        #expect(checks.isEmpty, "\(checks)")
    }

    /// `Status: 422 ...` then `Status: 201 Created` under one Response heading: two
    /// responses, so the 201 field table is not the 422 example's.
    @Test func eachStatusLineStartsItsResponse() throws {
        let file = SourceFile(
            path: "teams.md",
            text: """
                # Create a team

                ```text
                POST /teams
                ```

                ## Response

                ```text
                Status: 422 Unprocessable Entity
                ```

                ```json
                { "errors": { "name": ["empty"] } }
                ```

                ```text
                Status: 201 Created
                ```

                | Name | Type | Description |
                | --- | --- | --- |
                | `id` | `string` | The team. |

                """)
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        let responses = try #require(spec.operations.first).responses
        #expect(responses.map(\.status) == [422, 201])
        #expect(responses.map(\.outcome) == [.failure, .success])
        #expect(responses.map(\.fields.count) == [0, 1])
        #expect(responses.map(\.examples.count) == [2, 1])
    }

    /// `Query Params:` then an indented block of `name - description` lines, and items of
    /// a list that open with a heading beside items that do not.
    @Test func parametersAsPlainLinesInACodeBlock() throws {
        let file = SourceFile(
            path: "queue.md",
            text: """
                # Queue

                * [`/put`](#post-put) - add a message

                * #### `POST` `/put`

                  Adds a message.

                  Query Params:

                      topic - the topic to add to
                      delay - the time in ms to wait (optional)

                """)
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        let operation = try #require(spec.operations.first)
        #expect(operation.url?.path == "/put")
        #expect(operation.parameters.map { "\($0.name) \($0.placement.rawValue) \($0.isRequired.map(String.init) ?? "unknown")" } == ["topic query unknown", "delay query false"])
        #expect(operation.parameters.map(\.location.line) == [11, 12])
    }

    /// "Request parameters are all passed in request headers", said once for the page.
    @Test func aPageWideStatementPlacesTheParameters() throws {
        let file = SourceFile(
            path: "files.md",
            text: """
                # Files

                请求参数均通过请求头传递。

                ## Upload a file

                `PUT /{bucket}/{path}`

                | 参数 | 必选 | 说明 |
                | --- | --- | --- |
                | Content-MD5 | 否 | 文件的 MD5 值 |
                | bucket | 是 | 空间名 |

                """)
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        let placements = try #require(spec.operations.first).parameters.map { "\($0.name) \($0.placement.rawValue)" }
        #expect(placements.contains("Content-MD5 header"))
        #expect(placements.contains("bucket path"))
        #expect(OperationExtractor.pagePlacement("All parameters are sent in a JSON body.") == .body)
        #expect(OperationExtractor.pagePlacement("All requests are signed.") == nil)
        #expect(OperationExtractor.pagePlacement("It describes all endpoints, request parameters, response formats and schemas.") == nil)
    }

    /// GitBook's Liquid API blocks: one operation each, with its parameters by section.
    @Test func gitBookAPIMethodBlocks() throws {
        let file = SourceFile(
            path: "lists.md",
            text: """
                # Lists

                {% api-method method="delete" host="https://todo.example.com" path="/api/lists/:id" %}
                {% api-method-summary %}
                Delete a list
                {% endapi-method-summary %}

                {% api-method-spec %}
                {% api-method-request %}
                {% api-method-path-parameters %}
                {% api-method-parameter name="id" type="integer" required=true %}
                The list.
                {% endapi-method-parameter %}
                {% endapi-method-path-parameters %}
                {% api-method-query-parameters %}
                {% api-method-parameter name="force" type="boolean" %}
                Also when it has items.
                {% endapi-method-parameter %}
                {% endapi-method-query-parameters %}
                {% endapi-method-request %}
                {% api-method-response %}
                {% api-method-response-example httpCode=204 %}
                {% endapi-method-response-example %}
                {% endapi-method-response %}
                {% endapi-method-spec %}
                {% endapi-method %}

                """)
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        let operation = try #require(spec.operations.first)
        #expect(spec.operations.count == 1)
        #expect(operation.title == "Delete a list")
        #expect(operation.method == .delete)
        #expect(operation.url?.description == "https://todo.example.com/api/lists/{id}")
        #expect(operation.parameters.map { "\($0.name) \($0.placement.rawValue) \($0.isRequired.map(String.init) ?? "unknown")" } == ["id path true", "force query unknown"])
        #expect(operation.responses.map(\.status) == [204])
        #expect(operation.location.line == 3)
    }

    /// `` `name=<type>`: text. Optional. ``: a list of parameters whose names carry their
    /// value's form, and whose required-ness is a sentence of its description.
    @Test func requiredNessWrittenAsASentence() throws {
        let file = SourceFile(
            path: "series.md",
            text: """
                # Series

                ```
                GET /api/series
                ```

                URL query parameters:

                - `match=<selector | name>`: The series to select. Required.
                - `start=<rfc3339 | unix_timestamp>`: Where to start. Optional.
                - `limit=<number>`: How many to return.

                """)
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        let parameters = try #require(spec.operations.first).parameters
        #expect(parameters.map { "\($0.name) \($0.placement.rawValue) \($0.isRequired.map(String.init) ?? "unknown")" } == ["match query true", "start query false", "limit query unknown"])
        #expect(RequiredMark.inDescription("(optional) the page to start at") == false)
        #expect(RequiredMark.inDescription("Optional values are listed below") == nil)
    }

    @Test func aCurlCallWithAJSONBodyMakesTheBodyJSON() {
        #expect(OperationExtractor.sendsJSON("curl -X POST https://api.example.com/keys \\\n  -d '{\"name\": \"a\"}'"))
        #expect(OperationExtractor.sendsJSON("POST /keys HTTP/1.1\nContent-Type: application/json\n\n{}"))
        #expect(!OperationExtractor.sendsJSON("HTTP/1.1 200 OK\nContent-Type: application/json"))
    }

    @Test func aQuestionMarkAfterANameMakesItOptional() throws {
        let file = SourceFile(
            path: "logs.md",
            text: """
                # Logs

                ## List logs % GET /teams/{team.id}/logs

                | Field | Type | Description |
                | --- | --- | --- |
                | kind | string | What happened. |
                | before? | snowflake | Entries before this one. |

                """)
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        let parameters = try #require(spec.operations.first).parameters
        #expect(parameters.map { "\($0.name) \($0.isRequired.map(String.init) ?? "unknown")" } == ["kind true", "before false", "team.id true"])
    }

    @Test func oneRouteWithSeveralMethodsReadsTheFirstButHEAD() {
        #expect(EndpointLine("GET/HEAD /v2/auth/users")?.method == .get)
        #expect(EndpointLine("HEAD|GET /v2/keys")?.method == .get)
        #expect(EndpointLine("GET/BOGUS /v2/keys") == nil)
    }

    @Test func statusCodesFromHeadingsAndRawResponses() throws {
        let operations = try Self.operations("status-codes")
        #expect(operations[0].responses.map(\.status) == [201, 404])
        #expect(operations[0].responses.map(\.outcome) == [.success, .failure])
        #expect(operations[1].responses.map(\.status) == [200])
        #expect(operations[1].responses[0].fields.map(\.name) == ["id", "text"])
        // A status table gives one response a row; `Status: 202` starts a raw response.
        #expect(operations[2].responses.map(\.status) == [204, 404])
        #expect(operations[3].responses.map(\.status) == [202])
    }

    @Test func aPayloadTableGoesInsideTheObjectItDescribes() throws {
        let response = try #require(try Self.operations("payload-fields").first?.responses.first)
        #expect(response.fields.map(\.name) == ["status", "data", "code"])
        #expect(response.fields[1].fields.map(\.name) == ["nick", "avatar"])
        #expect(response.fields[1].fields[0].description.plain == "Nickname.")
    }

    @Test func referenceTablesByColumnMeaning() throws {
        let file = try TestSupport.fixture("Styles/reference-tables.md")
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        // HTTP statuses and currency codes are not error codes.
        #expect(spec.errorCodes.map(\.code) == [40001, 40002])
        #expect(spec.errorCodes.map(\.name) == ["BAD_TOKEN", "NO_SCOPE"])
        #expect(spec.scopes.map { $0.apis.map(\.name) } == [["/v2/beds", "/notes/{id}"], ["/notes", "/kettle/boil"]])
        #expect(diagnostics.isEmpty)
    }

    @Test func aMisspelledLabelIsReadWithAFixAndAnIncompleteOperationStays() throws {
        let file = try TestSupport.fixture("Styles/misspelled-label.md")
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        #expect(Self.endpoints(spec.operations) == ["POST https://files.example.test/rename", "POST -"])
        #expect(diagnostics.count == 2 && diagnostics.allSatisfy { $0.code == .unknownLabel && $0.fixIts.count == 1 })
        #expect(diagnostics.map { $0.fixIts[0].replacement } == ["request url", "request method"])
        // The operation without a URL is kept, and the checks warn about it.
        let incomplete = IncompleteOperation().check(spec)
        #expect(incomplete.map(\.severity) == [.warning])
    }

    @Test func endpointsWrittenAsHTML() throws {
        let operations = try Self.operations("html-endpoints")
        #expect(Self.endpoints(operations) == ["POST /v3/coupons/{shopId}", "GET /api/events", "POST /api/events/{event_type}"])
        #expect(operations[2].summary.plain == "Fires one event.")
    }

    @Test func namesThatSayTheirPlaceAndPlainNameLists() throws {
        let operations = try Self.operations("named-places-and-plain-lists")
        #expect(Self.parameters(operations[0]) == ["Authorization header true", "name body true", "icon body false"])
        #expect(Self.parameters(operations[1]) == ["user_name form unknown", "user_note form unknown", "id path true"])
        #expect(Self.endpoints([operations[2]]) == ["GET https://{SITE_ROOT}/api/v3/checks/"])
        #expect(Self.parameters(operations[2]) == ["slug query unknown"])
    }

    @Test func aPageMethodAndHostAndPathsAlone() throws {
        let operations = try Self.operations("page-method-and-lone-paths")
        #expect(operations.map(\.title) == ["列出笔记", "删除笔记"])
        #expect(Self.endpoints(operations) == ["POST http://127.0.0.1:7070/api/note/list", "POST http://127.0.0.1:7070/api/note/remove"])
        // The page's method is known when the operation is read: a POST's values go in a form.
        #expect(Self.parameters(operations[1]) == ["id form unknown"])
    }

    @Test func boldTitlesBeforeRequestLinesAndHeadingsThatEndWithOne() throws {
        let operations = try Self.operations("bold-titles-and-trailing-request-lines")
        #expect(operations.map(\.title) == ["List", "Retrieve", "Get a guild's log % GET /guilds/{guild.id#GUILD_OBJECT}/log"])
        #expect(Self.endpoints(operations) == ["GET /api/bookmarks/", "GET /api/bookmarks/{id}/", "GET /guilds/{guild.id}/log"])
        #expect(Self.parameters(operations[0]) == ["q query unknown", "limit query unknown"])
    }

    /// Any text gives a model and diagnostics, in time linear in its size.
    @Test func oddInputNeverStopsTheReaders() throws {
        let pieces = [
            "## GET /a\n", "| a | b |\n| - |\n", "**URL:**\n", "#### 请求方式：\n", "- POST\n", "```\nGET\n```\n",
            "| GET | /x |\n| --- | --- |\n| PUT | /y |\n", "<h2 id=\"x\">t</h2>\n", "name\n: {{<required>}}\n",
            "# Example 1\n", "### 200 OK\n", "`GET api`\n", "## DELETE /z/<id> - x\n",
        ]
        var text = ""
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 { text += pieces.randomElement(using: &generator)! + "\n" }
        let file = SourceFile(path: "odd.md", text: text)
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        #expect(!spec.operations.isEmpty)
    }

    @Test func proseSaysWhichParametersAreRequired() throws {
        let operations = try Self.operations("requiredness-in-prose")
        // "All query parameters are optional." under the section's heading.
        #expect(Self.parameters(operations[0]) == ["since query false", "unit query false", "bed path true"])
        // "Required." as a sentence; "Optional list of ..." describes an optional value;
        // "Required if ..." is a condition and says nothing.
        #expect(
            Self.parameters(operations[1]) == [
                "crop body true", "rows body false", "spacing body false", "note body unknown", "watering body true", "bed path true",
            ])
        #expect(Self.parameters(operations[2]) == ["tray body true", "shelf body true", "reason body false"])
        // The first parameter on the bold label's own line.
        #expect(Self.parameters(operations[3]) == ["plant query true", "size query false"])
        // "其中 plot 和 weight 为必填。": the named ones, and the others are optional.
        #expect(Self.parameters(operations[4]) == ["plot form true", "weight form true", "grade form false"])
        #expect(Self.parameters(operations[5]) == ["compost body false", "tray path true"])
    }

    @Test func aFenceUnderAnAdmonitionIsItsCode() throws {
        let operations = try Self.operations("admonitions-and-name-notes")
        #expect(operations[0].requestExamples?.first?.text.hasPrefix("{") == true)
        // The JSON example makes the listed fields a body; status codes are not parameters.
        #expect(Self.parameters(operations[0]) == ["offset body true", "reference body true", "sensor path true"])
        #expect(Self.parameters(operations[1]) == ["before body true", "compress body false"])
    }

    @Test func headingPathsSummariesAndLabelBlocksDeclare() throws {
        let operations = try Self.operations("heading-paths-and-summaries")
        #expect(
            Self.endpoints(operations) == [
                "GET /valves", "POST /valves/flush", "POST /valves/open", "POST /valves/close",
                "GET http://127.0.0.1:8080/getLog", "GET http://127.0.0.1:8080/getArchivedLog", "POST http://127.0.0.1:8080/clearCache",
            ])
        // A query string or a JSON object as a parameter label's value.
        #expect(Self.parameters(operations[0]) == ["zone query unknown", "limit query unknown", "state query false"])
        #expect(Self.parameters(operations[1]) == ["zone body unknown", "seconds body unknown"])
        // A table set off as a quote, under a label with a note that says where they go.
        #expect(Self.parameters(operations[2]) == ["valveId body true", "minutes body false"])
        // A batch body is described by its first item.
        #expect(Self.parameters(operations[3]) == ["valveId body unknown", "force body unknown"])
        #expect(Self.parameters(operations[4]) == ["day query unknown"])
    }

    @Test func proseIntroducesBodiesAndResponses() throws {
        let operations = try Self.operations("prose-request-bodies")
        #expect(
            Self.endpoints(operations) == [
                "POST /_admin/v1/licences/renew", "GET /_admin/v1/inspections", "POST /_admin/v1/prune/{tree_id}",
                "GET http://localhost:<stationport>/v1.0/weather/{station}", "GET /_admin/v1/statistics/trees",
            ])
        // "with the following body:" then JSON; "`until_ts` is an optional parameter".
        #expect(Self.parameters(operations[0]) == ["licence_id body unknown", "until_ts body false", "notify body false"])
        #expect(operations[0].requestExamples?.count == 1)
        #expect(operations[0].responses.first?.examples.count == 1)
        // A request shown with values is the endpoint when the section declares no other.
        #expect(Self.parameters(operations[1]) == ["limit query false", "from query false"])
        // The host's port is the server's; a call under Query Parameters names `field`.
        #expect(Self.parameters(operations[3]) == ["station path true", "field query unknown"])
        // "string - Is optional but ...", and "You can optionally include ...:" before a list.
        #expect(Self.parameters(operations[4]) == ["limit query false", "order_by query unknown", "colour query false"])
    }

    @Test func docsWrittenInsideCodeBlocks() throws {
        let operations = try Self.operations("docs-in-code-blocks")
        // A fence holding a file's path is where a file is, not an endpoint; labels written
        // inside a plain block declare one; a path segment in capitals is a placeholder.
        #expect(
            Self.endpoints(operations) == [
                "POST https://{控制器根地址}/kiln/ignite", "GET https://{控制器根地址}/kiln/status",
                "GET /kilns/{KILN_ID}/shelves/{SHELF_ID}",
            ])
        // The body shown with `//` notes and a trailing comma still names its keys, and
        // sending it makes the method POST; with no body, GET is HTTP's default.
        #expect(
            Self.parameters(operations[0]) == [
                "KILN-TOKEN header unknown", "KILN-SITE header unknown", "programId body unknown", "targetHeat body unknown",
                "notes body unknown",
            ])
        #expect(Self.parameters(operations[1]) == ["KILN-TOKEN header unknown"])
        #expect(Self.parameters(operations[2]) == ["KILN_ID path true", "SHELF_ID path true"])
    }

    @Test func listedPathsTakeTheListedMethods() throws {
        let operations = try Self.operations("listed-paths-and-methods")
        // Methods as several code spans on one label; a URL label over a list of paths
        // declares each path, and the methods that follow go to each of them.
        #expect(
            Self.endpoints(operations) == [
                "GET /v2/readings/now", "POST /v2/readings/now", "POST /v2/ingest/line", "POST /v2/ingest/batch",
                "GET /v2/diag/uptime", "GET /v2/diag/sensors", "POST /v2/stations", "GET /v2/stations/search",
            ])
        // "Request (JSON)" gives the body, an object written with types for values; a query
        // written `q=string` names its key.
        #expect(Self.parameters(operations[6]) == ["stationId body unknown", "label body unknown"])
        #expect(Self.parameters(operations[7]) == ["q query unknown"])
        // A list of paths in code, each then described: one endpoint an item.
    }

    @Test func mkdocsContainersHoldMarkdown() throws {
        let operations = try Self.operations("mkdocs-admonitions-and-tabs")
        // The request line in a grid card's HTML, Markdown marks and all.
        #expect(Self.endpoints(operations) == ["POST /gauges/register/", "POST /gauges/rename"])
        // The JSON under the "请求" tab is the request: the table's names go in the body;
        // a mark in parentheses on the one optional row makes the others required.
        #expect(Self.parameters(operations[0]) == ["station body true", "depth body true", "photo body false"])
        #expect(operations[0].requestExamples?.count == 1)
        #expect(operations[0].responses.first?.examples.count == 1)
        // A tab titled as a method gives the endpoint that method, its parameters inside.
        #expect(Self.parameters(operations[1]) == ["gauge form true", "name form false"])
    }

    @Test func slashNotesQuotedStatementsAndPresenceLetters() throws {
        let operations = try Self.operations("slash-notes-and-presence-letters")
        #expect(Self.endpoints(operations) == ["POST /api/v1/pigeon/release", "PUT /v1/lofts"])
        // `name type // note` lines after "参数:"; the quote at the top places them in a JSON
        // body; the one marked optional makes the unmarked one required.
        #expect(Self.parameters(operations[0]) == ["pigeonId body true", "note body false"])
        // R, O and C in a presence column; a Content-Type row sends JSON.
        #expect(Self.parameters(operations[1]) == ["Content-Type header unknown", "loft body true", "capacity body false", "region body unknown"])
    }

    @Test func valuesAndParametersSetOffAsQuotes() throws {
        let operations = try Self.operations("quoted-values")
        // The label's value in a quote, a path written without its leading slash, and a
        // placeholder in brackets.
        #expect(Self.endpoints(operations) == ["POST /routes/{id}/star"])
        // `name` then its type or an example in code, in a quoted list under its place.
        #expect(Self.parameters(operations[0]) == ["Authorization header unknown", "note body unknown", "tags body unknown", "id path true"])
        #expect(operations[0].parameters[1].type == .string)
        // "响应示例" is an example of the response: a response, not the request shown.
        #expect(operations[0].responses.first?.examples.count == 1)
        #expect(operations[0].requestExamples == nil)
    }

    @Test func checksAndCrossesAnswerRequired() throws {
        let operations = try Self.operations("check-marks")
        // The contents at the top link to the sections that declare: no operations of their own.
        #expect(Self.endpoints(operations) == ["GET /lighthouses", "POST /lighthouses/light", "GET /lighthouses/dim"])
        #expect(Self.parameters(operations[0]) == ["coast query true", "lit query false", "limit query false"])
        // "Header Information", a name column headed "Header Parameter"; a row of dashes
        // says the table is empty.
        #expect(Self.parameters(operations[1]) == ["keeper header unknown"])
        // "Optional str" in the Type column, as Python writes it: the other rows are required.
        #expect(Self.parameters(operations[2]) == ["beam query true", "colour query false"])
        #expect(operations[2].parameters[1].type == .string)
    }

    @Test func anEndpointDeclaredInFrontMatter() throws {
        let operations = try Self.operations("front-matter-endpoint")
        // `method:`, `route:` and `url:` in the front matter; its `parameters:` by place; the
        // example in the page is a call of it.
        #expect(Self.endpoints(operations) == ["GET https://laps.example.test/racers/{racerId}/laps"])
        #expect(operations[0].title == "Get a racer's best laps")
        #expect(Self.parameters(operations[0]) == ["racerId path true", "limit query unknown"])
    }

    @Test func labelsAsDeepAsTheOperationsStayItsOwnPastAShallowerHeading() throws {
        let operations = try Self.operations("mixed-heading-levels")
        // `## Firing programmes` between the `###` labels does not take the parameters away.
        #expect(Self.endpoints(operations) == ["POST /api/kilns/bookings"])
        #expect(
            Self.parameters(operations[0]) == [
                // `extras` is an object, which a form cannot hold: a JSON body.
                "X-Studio header unknown", "kilnId body true", "programme body true", "notes body false", "extras body false",
            ])
        #expect(operations[0].parameters.last?.type == .object)
    }

    @Test func annotatedBodiesTypedObjectsAndMarksInBoldNames() throws {
        let operations = try Self.operations("annotated-body-and-typed-objects")
        #expect(Self.endpoints(operations) == ["POST https://{工作室地址}/api/glazes/mix", "POST /kiln-shelves", "PATCH /kiln-shelves/{id}"])
        // A comment on a key's line describes it, and may mark it (`（必填）`, `（选填）`).
        #expect(
            Self.parameters(operations[0]) == ["recipeId body true", "batchGrams body true", "tint body false", "label body unknown"])
        #expect(operations[0].parameters[0].description.plain == "配方编号（必填）")
        // `Shelf { id?: int, ... }`: `?` marks the optional keys, so the others are required.
        #expect(Self.parameters(operations[1]) == ["id body false", "kiln body true", "height body true", "label body false"])
        // `**height (optional)**`: the mark is not part of the name.
        #expect(Self.parameters(operations[2]) == ["height form false", "label form false", "id path true"])
    }

    @Test func bareLabelsOverQuotedRequestsAndExamplesOfTheInput() throws {
        let operations = try Self.operations("bare-labels-and-quoted-requests")
        // `接口地址` alone on its line labels the quote below it; the key filled in is the query's.
        #expect(Self.endpoints(operations) == ["POST /kiln/temperature", "POST /kiln/door"])
        // `否，默认 celsius`: the answer before the comma.
        #expect(Self.parameters(operations[0]) == ["kiln_serial body true", "unit body false", "access_token query unknown"])
        // `#### 入参示例` after the output: an example of the input, so the table's values go in a JSON body.
        #expect(Self.parameters(operations[1]) == ["door body true"])
    }

    @Test func methodsInHTMLTagsRoutesGivenWholeAndLabelledRequests() throws {
        let operations = try Self.operations("html-method-tags-and-whole-routes")
        // `## <span class="tag">GET</span> /glazes`, whose `HTTP Request` gives the whole route; a
        // placeholder that names no host is the route's first segment.
        #expect(
            Self.endpoints(operations) == [
                "GET /{studioToken}/glazes/{batch}", "POST /{studioToken}/glazes/{batch}",
                "GET https://api.example.test/v1/glazes/{glaze-id}.json", "POST /api/v1/notes/store",
            ])
        #expect(Self.parameters(operations[0]) == ["limit query false", "studioToken path true", "batch path true"])
        // The route's query names `fields`: in the query, though the method sends a body.
        #expect(Self.parameters(operations[1]) == ["fields query true", "colour form false", "studioToken path true", "batch path true"])
        // Headers given as a JSON object, and a request body shown under `**Sample Request**`.
        #expect(
            Self.parameters(operations[3]) == ["Accept header unknown", "studio_key header unknown", "note body unknown", "glaze_id body unknown"])
    }

    @Test func sharedExplanationsExtraColumnsAndStarredNames() throws {
        let operations = try Self.operations("shared-explanations-and-extra-columns")
        // "Params 说明" above the endpoints is no operation; it says which body keys are required.
        #expect(
            Self.endpoints(operations) == [
                "POST http://localhost:8080/studio/schedules", "GET http://localhost:8080/studio/schedules",
                "POST http://localhost:8080/studio/firings", "POST http://localhost:8080/studio/glaze-orders",
            ])
        #expect(Self.parameters(operations[0]) == ["kiln body true", "peak body true", "hold body false", "note body unknown"])
        // 序号, 中文 and 最大长度 columns beside the name, type and required ones.
        #expect(Self.parameters(operations[2]) == ["kiln form true", "temperature form false"])
        // `**glaze_id***`: a star after a bold name marks it required, so the unmarked one is optional.
        #expect(Self.parameters(operations[3]) == ["glaze_id body true", "grams body false"])
    }

    @Test func requiredGroupsAndConditions() throws {
        let operations = try Self.operations("required-groups-and-conditions")
        #expect(
            Self.endpoints(operations) == [
                "POST http://localhost:8080/lab/glazes", "POST /lab/tiles", "POST /lab/potters", "GET /lab/firings",
            ])
        // "What it does" beside "How to call it": its `**Required**:` and `**Optional**:` lists
        // say which keys of the body example must be sent; neither word is a parameter.
        #expect(Self.parameters(operations[0]) == ["recipe body true", "grams body true", "sieve body false"])
        #expect(Self.parameters(operations[1]) == ["glaze form true", "cone form false"])
        // "required if ...": a condition, so neither required nor optional like the unmarked one.
        #expect(Self.parameters(operations[2]) == ["name form true", "studio form false", "birth_year form unknown"])
        // `#### Required` and `#### Optional` under "Query parameters" keep the query.
        #expect(Self.parameters(operations[3]) == ["kiln query true", "after query false"])
    }

    @Test func htmlDefinitionListsAndCodeNamesAlone() throws {
        let operations = try Self.operations("html-definitions-and-code-names")
        #expect(Self.endpoints(operations) == ["POST /loans", "GET /packets"])
        // `<dl>` with a `<dt><code>` name and a `<dd>` marked "(REQUIRED)" or "(OPTIONAL)".
        #expect(Self.parameters(operations[0]) == ["packet form true", "weeks form false"])
        // `` - `offset` ``: a name in code alone, among items that describe theirs.
        #expect(
            Self.parameters(operations[1]) == [
                "family query unknown", "offset query unknown", "limit query unknown", "sown_after query unknown",
            ])
    }

    @Test func apiBlueprintActionsUnderResources() throws {
        let operations = try Self.operations("blueprint-actions")
        // `### Title [GET]` takes its resource's template; `[POST /path]` gives its own; the
        // resource heading alone ("Harvest") is no operation.
        #expect(Self.endpoints(operations) == ["GET /orchards/{orchard}/trees", "POST /orchards/{orchard}/trees"])
        #expect(operations.map(\.title) == ["List the trees of an orchard", "Plant a tree"])
        // MSON items: required unless marked optional; `{?variety,limit}` places them in the query.
        #expect(Self.parameters(operations[0]) == ["orchard path true", "variety query false", "limit query false"])
    }

    @Test func quotedRequestLinesAndParenthesizedHeadings() throws {
        let operations = try Self.operations("quoted-and-parenthesized-requests")
        #expect(
            Self.endpoints(operations) == [
                "POST /hive/open", "DELETE /hive/close", "POST /hive/close", "GET /frames/{id}", "PUT /frames/{id}", "GET /swarms",
                "POST /v1/harvests/{hiveId}", "GET https://{hive-service}/hives/export",
            ])
        // `> POST /hive/open` under the heading; a `Header名` column names headers.
        #expect(Self.parameters(operations[0]) == ["keeper-token header true"])
        // "Read a frame (`GET /frames/{id}`)": titled by what stands before the request line.
        #expect(operations[3].title == "Read a frame")
        // "integer, required (path)", "HTTP header, optional": type cells that mark and place;
        // the response's `**HTTP Header**` list is not the request's.
        #expect(Self.parameters(operations[3]) == ["id path true", "fields query false", "If-None-Match header false"])
        // `- **Body**: ..., example:` then the JSON: the body's keys.
        #expect(Self.parameters(operations[4]) == ["honey body unknown", "brood body unknown", "id path true"])
        // `请求格式：POST ...`: any short label over a request line; `POST application/json` is
        // no second endpoint; `响应示例：` alone opens the response, so its keys are no parameters.
        #expect(Self.parameters(operations[6]) == ["hiveId path true"])
        #expect(operations[6].responses.first?.fields.map(\.name) == ["code", "kilograms"])
    }

    @Test func genericFirstHeadingsAndNamedStructureTables() throws {
        let operations = try Self.operations("generic-titles-and-type-tables")
        #expect(Self.endpoints(operations) == ["POST https://api.apiary.example/v1/shelves/move"])
        // `## 接口描述` first on the page: the operation takes the page's title.
        #expect(operations[0].title == "Generic titles and type tables")
        // `ShelfInput:` over a table, after `shelves | array<ShelfInput>`: the structure's fields.
        #expect(Self.parameters(operations[0]) == ["shelves body true", "shelves.shelfId body true", "shelves.row body false"])
        #expect(operations[0].parameters[0].type == .list(.object))
    }

    @Test func filledInCallsNameTheirQueryKeys() throws {
        let operations = try Self.operations("filled-in-calls")
        // A call of the declared endpoint with values in its query, in prose or in code,
        // is no second endpoint: its keys are the endpoint's query parameters.
        #expect(Self.endpoints(operations) == ["GET /stations", "GET /stations/{station_id}"])
        #expect(Self.parameters(operations[0]) == ["reported_since query unknown"])
        #expect(Self.parameters(operations[1]) == ["units query unknown", "lang query unknown", "station_id path true"])
    }

    @Test func docsifyTipsAndPartHeadings() throws {
        let operations = try Self.operations("docsify-tips-and-part-headings")
        #expect(
            Self.endpoints(operations) == [
                "GET /greenhouse/v1/pots/{potId}/moisture", "POST https://greenhouse.example.test/pots/water", "POST /greenhouse/feed",
            ])
        // `**接口描述**` names a part: the heading above names the call. `?> ` opens a tip line;
        // a table's `url` place for a route's name is the path; `**请求样例**` is an example.
        #expect(operations.map(\.title) == ["查询土壤湿度", "浇水", "施肥"])
        #expect(Self.parameters(operations[0]) == ["potId path true", "unit query false"])
        // `###### 请求说明`, `Https请求方式: POST`, then the URL, `ACCESS_TOKEN` to be filled in.
        #expect(Self.parameters(operations[1]) == ["access_token query true"])
        // `返回值说明：` opens the response.
        #expect(operations[1].responses.first?.fields.map(\.name) == ["litres"])
    }

    @Test func endpointTablesAndCallExamples() throws {
        let operations = try Self.operations("endpoint-tables-and-call-examples")
        // Front matter `url_path:` and `type: 'GET'`; a table row's host without its scheme.
        #expect(
            Self.endpoints(operations) == [
                "GET /greenhouses", "POST https://api.greenhouse.example/v2/vents/open", "GET /v2/readings.json",
            ])
        // After the response, a table whose examples call the endpoint names its parameters,
        // each written `name: type`.
        #expect(Self.parameters(operations[2]) == ["page query false", "ids query false"])
        #expect(operations[2].parameters[0].type == .number)
    }

    @Test func presenceLettersAndBodyHeadings() throws {
        let operations = try Self.operations("presence-letters-and-body-headings")
        #expect(Self.endpoints(operations) == ["GET /api/nursery/beds", "POST https://nursery.example.test/api/beds/create"])
        // Under "出现要求", `O` is optional even where no row says `R`.
        #expect(Self.parameters(operations[0]) == ["open query false"])
        // `###### 请求包结构体` over a JSON block: the body; `返回值或行为：` opens the response.
        #expect(Self.parameters(operations[1]) == ["name body unknown", "rows body unknown"])
        #expect(operations[1].responses.first?.fields.map(\.name) == ["code", "id"])
    }

    @Test func curlMethodsBracketHostsAndOneSegmentRoutes() throws {
        let operations = try Self.operations("curl-methods-and-bracket-hosts")
        // `API接口:` gives the URL and the curl call its method; `[ApiBaseUrl]` is the host;
        // `GET feathers` alone in a block is the route `/feathers`.
        #expect(
            Self.endpoints(operations) == [
                "POST https://aviary.example.test/v1/cages", "POST https://{ApiBaseUrl}/api/aviary/v1/perches/get", "GET /feathers",
            ])
        // Under `### Request` the JSON after the URL is the body, so the call is a POST and the
        // table's names (a "Contract" column saying required) travel in it.
        #expect(Self.parameters(operations[1]) == ["Client body true", "CageId body false"])
    }

    @Test func rawRequestBodiesPermalinkMarksAndFieldOwners() throws {
        let operations = try Self.operations("raw-bodies-and-field-owners")
        #expect(Self.endpoints(operations) == ["POST /v1/kilns/find", "POST /v1/alerts"])
        // The permalink's `¶` is not part of an HTML heading's title.
        #expect(operations[0].title == "Find kilns")
        // A raw request's JSON, after its headers and a blank line, gives the body's keys.
        #expect(Self.parameters(operations[0]) == ["Content-Type header unknown", "studio body unknown", "hot_only body unknown"])
        // `**message Object Fields**` names the parameter whose fields the table lists.
        #expect(
            Self.parameters(operations[1]) == ["kilns body true", "message body true", "message.title body true", "message.level body false"])
    }

    @Test func htmlParameterTablesAreReadWithTheirSpans() throws {
        let operations = try Self.operations("html-parameter-tables")
        #expect(Self.endpoints(operations) == ["GET /api/v2/kilns/readings"])
        #expect(Self.parameters(operations[0]) == ["kiln query false", "kilns query false", "unit query true"])
        // A cell spanning two rows describes both; `<br/>` is a space.
        #expect(operations[0].parameters[1].description.plain == "Send kiln or kilns, not both. With neither, every kiln's reading is returned.")
    }

    @Test func namesAloneFiltersAndMarkedNamesOverTheirDescription() throws {
        let operations = try Self.operations("names-alone-and-filters")
        #expect(Self.endpoints(operations) == ["GET https://kilns.example.test/api/kilns/", "GET /api/kilns_summary", "GET /api/kilns/unhealthy"])
        // `* per_page`, a name alone among items that describe theirs.
        #expect(Self.parameters(operations[0]) == ["page query unknown", "per_page query unknown"])
        // "Available Filters" are the query's; "Response object" is the response's.
        #expect(Self.parameters(operations[1]) == ["limit query unknown"])
        #expect(operations[1].responses.first?.fields.map(\.name) == ["kilns", "total"])
        // `* batchNum (可选)` with its description on the item's next line.
        #expect(Self.parameters(operations[2]) == ["batchNum query false", "limit query false"])
        #expect(operations[2].parameters[0].description.plain == "结果的批号，从 1 开始。")
    }

    @Test func swagger2markupTablesSayWhereInTheTypeColumn() throws {
        let operations = try Self.operations("swagger2markup-tables")
        #expect(Self.endpoints(operations) == ["POST /v1/studios/{studioName}/bookings"])
        // `Type` holds Path, Query, Body; `**name** <br>*required*` is a name and its mark.
        #expect(Self.parameters(operations[0]) == ["studioName path true", "notify query false", "body body true"])
        #expect(operations[0].parameters[1].type == .boolean)
    }

    @Test func gitBookSwaggerBlocks() throws {
        let operations = try Self.operations("gitbook-swagger-blocks")
        // `{% swagger baseUrl path method summary %}`; the example section is no operation.
        #expect(Self.endpoints(operations) == ["POST https://{StudioAddress}/api/2.0/kiln"])
        #expect(operations[0].title == "Add Kilns To A Firing Group")
        // `in="path"` for names the route lacks: the body's, as the method sends one; the key
        // in the path's query is the query's.
        #expect(Self.parameters(operations[0]) == ["kilns body unknown", "group body true", "action query unknown"])
        #expect(operations[0].responses.map(\.status) == [200])
    }

    @Test func moreColumnNamesAndARowGFMTookFromTheNextLine() throws {
        let operations = try Self.operations("column-names-and-swallowed-labels")
        #expect(
            Self.endpoints(operations) == [
                "GET /open/api/v1/glazes/depth", "POST /api/kiln/set_power", "POST https://api.example.test/v2/kilns/{studioAlias}/{kilnId}",
                "POST /capi/v1/Kilns/DescribeKilns", "POST /capi/v1/Kilns/ApplyLicence",
            ])
        // "Required or Not" with √ and ×; "Optionality" beside "Acceptable values".
        #expect(Self.parameters(operations[0]) == ["depth query true", "glaze query false"])
        #expect(Self.parameters(operations[1]) == ["on query true"])
        // "Req."; `StudioAlias` is the route's `{studioAlias}`; "Content Properties" are the body's.
        #expect(Self.parameters(operations[2]) == ["studioAlias path true", "kilnId path true", "height body true"])
        // `请求示例：` under the table is not a row of it; an object among the values makes a JSON body.
        #expect(Self.parameters(operations[3]) == ["Filters body false", "PageSize body false"])
        // So is a label there (`请求范例`); standing alone, it labels the JSON body below.
        #expect(Self.parameters(operations[4]) == ["KilnId body true"])
    }

    @Test func aSectionShowingOnlyAnErrorIsNoOperation() throws {
        let file = try TestSupport.fixture("Styles/error-only-sections.md")
        var diagnostics: [Diagnostic] = []
        let spec = Extractor(configuration: SiteConfiguration()).extract([MarkdownDocument(parsing: file)], diagnostics: &diagnostics)
        // `## Errors` with its table and an `**Error Response**` example: no operation of its own.
        #expect(Self.endpoints(spec.operations) == ["POST /v1/kilns/fire"])
        #expect(spec.errorCodes.map(\.code) == [4001])
    }

    @Test func numberedItemsTitledAsSections() throws {
        let operations = try Self.operations("titled-list-sections")
        // An item whose first line is a title and whose list gives a URL label is a section.
        #expect(Self.endpoints(operations) == ["GET https://{host}/api/market/depth", "GET https://{host}/api/market/trades"])
        #expect(operations.map(\.title) == ["查詢盤口", "查詢成交"])
        #expect(Self.parameters(operations[0]) == ["symbol query true"])
    }

    @Test func urlFencesAndLinkedCallsDeclare() throws {
        let operations = try Self.operations("url-fences-and-linked-calls")
        #expect(
            Self.endpoints(operations) == [
                "GET /colonyz", "GET http://{host}:{port}/hive/authorize", "GET http://{host}:{port}/hive/logout",
                "GET http://localhost:8080/hives/",
            ])
        // A URL with no method and nothing that implies one, and no request body: GET, HTTP's default.
        #expect(operations[2].method == .get)
        #expect(Self.parameters(operations[1]) == ["response_type query unknown", "keeper_id query unknown"])
        // `* prevKey (可选)`, and a numbered "Method & Url" label, and "请求 header".
        #expect(Self.parameters(operations[3]) == ["prevKey query false", "Authorization header true"])
    }

    @Test func aTableListingThePagesEndpointsIsAnOverview() throws {
        let operations = try Self.operations("overview-table-and-marks-in-parentheses")
        // Each listed endpoint has its own section below: the table makes no operations.
        #expect(Self.endpoints(operations) == ["GET /beds/{bed_id}", "POST /beds/search"])
        // `**请求**:` then a curl call is the request shown, not a parameter or a URL.
        #expect(Self.parameters(operations[0]) == ["fields query unknown", "bed_id path true"])
        #expect(operations[0].requestExamples?.count == 1)
        // Marks in parentheses: "（必填）", "（可选，默认 20）".
        #expect(Self.parameters(operations[1]) == ["keyword form true", "limit form false", "tags form unknown"])
    }

    @Test func aRequestInfoTableNamesHeadersAndDEL() throws {
        let operations = try Self.operations("request-info-tables")
        #expect(Self.endpoints(operations) == ["POST /api/articles", "DELETE /api/articles"])
        #expect(Self.parameters(operations[0]) == ["X-Reader-Token header unknown"])
    }

    @Test func dashedLabelsInterpolatedPathsAndFilledInCalls() throws {
        let operations = try Self.operations("dashed-labels-and-interpolated-paths")
        // `#{timer_id}` is a placeholder; the call with values under "Request" is not a
        // second endpoint; `路径` is a URL label.
        #expect(Self.endpoints(operations) == ["PUT /timers/{timer_id}", "DELETE /api/{sheet}/entries/{id}", "GET /settings"])
        #expect(OperationDraft.fills("/api/{sheet}/entries/{id}", with: "/api/weekly/entries/7"))
        #expect(!OperationDraft.fills("/api/{sheet}/entries/{id}", with: "/api/weekly/notes/7"))
    }
}
