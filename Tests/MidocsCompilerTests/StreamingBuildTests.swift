import Foundation
import Synchronization
import Testing

@testable import MidocsCompiler

/// A streaming build hands its files to a sink as it makes them; what it hands over must be
/// exactly the outputs of a build held in memory, and a staging folder must end up holding
/// exactly those files.
struct StreamingBuildTests {
    private final class CollectingSink: OutputSink {
        let files = Mutex<[OutputFile]>([])
        func accept(_ file: OutputFile) { files.withLock { $0.append(file) } }
    }

    @Test func theSinkReceivesExactlyTheOutputsOfABuildInMemory() throws {
        let content = try TestSupport.loadRepositoryContent()
        let sink = CollectingSink()
        let streamed = compile(content, writingTo: sink)
        #expect(streamed.outputs.isEmpty)
        #expect(!streamed.diagnostics.containsErrors)
        let received = sink.files.withLock { $0 }.sorted { $0.path < $1.path }
        let inMemory = compile(content).outputs
        #expect(received.map(\.path) == inMemory.map(\.path))
        #expect(received == inMemory)
    }

    @Test func aStagingFolderReplacesTheOutputFolderOnlyWhenFinished() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("midocs-staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let writer = FolderWriter(outputFolder: output)
        try writer.write([OutputFile(path: "old.html", text: "old")])

        let discarded = try writer.begin()
        discarded.accept(OutputFile(path: "new.html", text: "new"))
        discarded.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["old.html"])

        let staging = try writer.begin()
        staging.accept(OutputFile(path: "index.html", text: "index"))
        staging.accept(OutputFile(path: "static/site.css", text: "body {}"))
        try staging.finish()
        #expect(staging.count == 2)
        #expect(try String(contentsOf: output.appendingPathComponent("static/site.css"), encoding: .utf8) == "body {}")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("old.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
    }
}
