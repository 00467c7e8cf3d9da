import Foundation
import Testing

@testable import MidocsPreview

struct PreviewTests {
    @Test func eventsAreWrittenAsServerSentEvents() {
        #expect(PreviewEvent.hello(generation: 0).encoded == "event: hello\nid: 0\ndata: 0\n\n")
        #expect(
            PreviewEvent.errors(generation: 3, text: "a.md:1:1: error\n  1 | x").encoded
                == "event: errors\nid: 3\ndata: a.md:1:1: error\ndata:   1 | x\n\n")
        #expect(PreviewEvent.keepAlive.encoded == ": keep-alive\n\n")
    }

    @Test func aNewStreamStartsWithTheCurrentState() async {
        let channel = ReloadChannel()
        var first = channel.subscribe().makeAsyncIterator()
        #expect(await first.next() == .hello(generation: 0))
        channel.publishErrors("broken")
        #expect(await first.next() == .errors(generation: 1, text: "broken"))
        var second = channel.subscribe().makeAsyncIterator()
        #expect(await second.next() == .errors(generation: 1, text: "broken"))
        channel.publishReload(summary: "fixed")
        #expect(await first.next() == .reload(generation: 2, summary: "fixed"))
        #expect(await second.next() == .reload(generation: 2, summary: "fixed"))
        var third = channel.subscribe().makeAsyncIterator()
        #expect(await third.next() == .hello(generation: 2))
    }

    @Test func closedStreamsAreForgotten() async {
        let channel = ReloadChannel()
        do {
            let stream = channel.subscribe()
            _ = stream
            #expect(channel.subscriberCount == 1)
        }
        channel.publishKeepAlive()
        #expect(channel.subscriberCount == 0)
    }

    @Test func theScriptGoesBeforeTheBodyEnds() {
        let page = PreviewScript.inject(into: "<html><body><p>x</p></body></html>\n")
        #expect(page.hasSuffix("</script>\n</body></html>\n"))
        #expect(page.hasPrefix("<html><body><p>x</p><script>"))
        #expect(PreviewScript.inject(into: "fragment").hasPrefix("fragment<script>"))
    }

    @Test func filesAreFoundInsideTheSiteOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("midocs-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("static"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("home".utf8).write(to: folder.appendingPathComponent("index.html"))
        try Data("body{}".utf8).write(to: folder.appendingPathComponent("static/site.css"))
        try Data("x".utf8).write(to: folder.appendingPathComponent(".midocs-state"))
        let files = SiteFiles(folder: folder)
        #expect(files.file(for: "/")?.lastPathComponent == "index.html")
        #expect(files.file(for: "/static/site.css")?.lastPathComponent == "site.css")
        #expect(files.file(for: "/static/") == nil)
        #expect(files.file(for: "/../etc/passwd") == nil)
        #expect(files.file(for: "/%2E%2E/etc/passwd") == nil)
        #expect(files.file(for: "/.midocs-state") == nil)
        #expect(SiteFiles.contentType(of: folder.appendingPathComponent("a.html")) == "text/html; charset=utf-8")
    }
}
