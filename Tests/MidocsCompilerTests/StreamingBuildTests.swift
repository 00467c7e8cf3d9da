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
        /// The leading chunks of files not yet ended, by path.
        let streams = Mutex<[String: [[UInt8]]]>([:])

        func accept(_ file: OutputFile) {
            let leading = streams.withLock { $0.removeValue(forKey: file.path) } ?? []
            var contents = ByteChunks()
            for chunk in leading + file.contents.closed { contents.append(part: chunk) }
            files.withLock { $0.append(OutputFile(path: file.path, contents: contents)) }
        }

        func append(_ chunks: [[UInt8]], to path: String) {
            streams.withLock { $0[path, default: []] += chunks }
        }
    }

    /// A temporary folder for a site, with a writer for it.
    private static func siteFolder() throws -> (folder: URL, output: URL, writer: FolderWriter) {
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("site")
        return (folder, output, FolderWriter(outputFolder: output))
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
        #expect(sink.streams.withLock { $0.isEmpty })
    }

    /// A streaming build checks each page as it renders it; a page that fails must give the
    /// diagnostics of a build in memory, and no page may go to the sink.
    @Test func aStreamingBuildWithABrokenPageReportsWhatABuildInMemoryReportsAndRendersNoPage() throws {
        var content = try TestSupport.loadRepositoryContent()
        let index = try #require(content.files.firstIndex { $0.path == "index.md" })
        content.files[index].text += "\nSee [the missing section](open-api.md#no-such-section).\n"
        let sink = CollectingSink()
        let streamed = compile(content, writingTo: sink)
        let inMemory = compile(content)
        #expect(streamed.diagnostics.containsErrors)
        #expect(streamed.diagnostics == inMemory.diagnostics)
        #expect(!sink.files.withLock { $0 }.contains { $0.path.hasSuffix(".html") })
    }

    @Test func aFileStreamedInChunksIsWrittenWholeAndLinkedWhenUnchanged() throws {
        let (folder, output, writer) = try Self.siteFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 100_000)
        func stream(ending tail: String) throws {
            let staging = try writer.begin()
            staging.append([big, Array("b".utf8)], to: "data/big.json")
            staging.accept(OutputFile(path: "page.html", text: "page"))
            staging.append([big], to: "data/big.json")
            staging.accept(OutputFile(path: "data/big.json", text: tail))
            try staging.finish()
        }
        func inode(_ path: String) throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[.systemFileNumber] as? Int)
        }

        try stream(ending: "end")
        let expected = Data(big + Array("b".utf8) + big + Array("end".utf8))
        #expect(try Data(contentsOf: output.appendingPathComponent("data/big.json")) == expected)
        let first = try inode("data/big.json")
        try stream(ending: "end")
        #expect(try inode("data/big.json") == first)
        try stream(ending: "new end")
        #expect(try inode("data/big.json") != first)
        #expect(try Data(contentsOf: output.appendingPathComponent("data/big.json")) == Data(big + Array("b".utf8) + big + Array("new end".utf8)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("data").path) == ["big.json"])
    }

    @Test func aStagingFolderWithAFileLeftUnendedFailsAndKeepsTheOldSite() throws {
        let (folder, output, writer) = try Self.siteFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try writer.write([OutputFile(path: "old.html", text: "old")])
        let staging = try writer.begin()
        staging.append([Array("partial".utf8)], to: "spec.json")
        #expect(throws: FolderWriter.Failure.self) { try staging.finish() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["old.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
    }

    @Test func aStagingFolderReplacesTheOutputFolderOnlyWhenFinished() throws {
        let (folder, output, writer) = try Self.siteFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
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
