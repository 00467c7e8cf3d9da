import Testing

@testable import MidocsCompiler

/// `midocs inspect`: what each block became, and why request-like lines were passed by.
struct PageInspectorTests {
    private func inspection() throws -> PageInspection {
        let page = try TestSupport.fixture("Inspect/orders.md")
        let content = Content(files: [page], assets: [], configuration: SiteConfiguration(), theme: Theme(templates: [:], staticFiles: []))
        return try #require(PageInspector().inspect(content, page: "orders"))
    }

    @Test func saysWhatEachBlockBecame() throws {
        let readings = Dictionary(try inspection().blocks.map { ($0.location.line, $0.reading) }, uniquingKeysWith: { first, _ in first })
        #expect(readings[5] == "operation orders.create-an-order (POST https://shop.example.com/orders)")
        #expect(readings[7]?.hasPrefix("shown in the card") == true)
        #expect(readings[9] == "parameters of orders.create-an-order (1)")
        #expect(readings[3] == "prose")
    }

    @Test func explainsEachRequestLineItPassedBy() throws {
        let misses = Dictionary(try inspection().misses.map { ($0.location.line, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(misses[3]?.contains("inside a sentence") == true)
        #expect(misses[16] == nil, "an example call of the operation's own endpoint is its example")
        #expect(misses[20]?.contains("example heading") == true)
        #expect(misses[25]?.contains("example heading") == true)
        #expect(misses[7] == nil, "the declaration itself was read")
        #expect(misses.count == 3)
    }

    @Test func readsTheReasonsOutsideAnExampleSectionToo() throws {
        let page = SourceFile(
            path: "calls.md",
            text: "# Calls\n\n```sh\ncurl -X DELETE https://shop.example.com/orders/7\n```\n\n```\nHost: shop.example.com\nPATCH /orders/{id}\n```\n\n`GET /orders?limit=10`\n")
        let content = Content(files: [page], assets: [], configuration: SiteConfiguration(), theme: Theme(templates: [:], staticFiles: []))
        let inspection = try #require(PageInspector().inspect(content, page: "calls.md"))
        let misses = Dictionary(inspection.misses.map { ($0.location.line, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(misses[4]?.contains("curl") == true)
        #expect(misses[9]?.contains("not the first line") == true)
        #expect(misses[12]?.contains("query string holds values") == true)
        #expect(inspection.text.contains("Looks like a request, not read as one (3)"))
    }

    @Test func neverTakesAPartOfADottedNumberForACode() {
        #expect(UnknownErrorCode.isInDottedNumber(Array("Nacos 1.x.x".utf8), 6, length: 1))
        #expect(UnknownErrorCode.isInDottedNumber(Array(#""amount":"0.534""#.utf8), 12, length: 3))
        #expect(!UnknownErrorCode.isInDottedNumber(Array("fails with 96003.".utf8), 11, length: 5))
    }

    @Test func takesThreeDigitCodesOnlyWhereTheyAreGivenAsCodes() {
        #expect(UnknownErrorCode.followsCodeKey(Array(#"{"errorCode": 105}"#.utf8), 14))
        #expect(UnknownErrorCode.followsCodeKey(Array("code=105".utf8), 5))
        #expect(!UnknownErrorCode.followsCodeKey(Array("HTTP/1.1 200 OK".utf8), 9))
    }
}
