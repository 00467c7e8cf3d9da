import Foundation
import Testing

@testable import MidocsCompiler

/// The writer takes the site's files as they are made, into a folder beside the old site
/// that replaces it only at the end: what lands on disk is exactly the outputs, a failure
/// leaves the old site whole, and an unchanged file keeps its identity.
struct StagedWriteTests {
    /// A temporary folder for a site, with a writer for it.
    private static func siteFolder() throws -> (folder: URL, output: URL, writer: FolderWriter) {
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("site")
        return (folder, output, FolderWriter(outputFolder: output))
    }

    @Test func theOutputsMadeAsTheyAreReadAreTheSameEachTimeAndLandOnDiskExactly() throws {
        let (folder, output, writer) = try Self.siteFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compilation = compile(try TestSupport.loadRepositoryContent())
        let first = compilation.outputs.sorted { $0.path < $1.path }
        let second = compilation.outputs.sorted { $0.path < $1.path }
        #expect(first == second)
        #expect(first.contains { $0.path == "open-api.html" } && first.contains { $0.path == "openapi.json" })
        #expect(try writer.write(compilation.outputs) == first.count)
        let written = try TestSupport.files(in: output)
        #expect(written.keys.sorted() == first.map(\.path))
        for file in first where written[file.path] != file.data { Issue.record("\(file.path) differs on disk") }
    }

    @Test func aBrokenPageGivesNoOutputs() throws {
        var content = try TestSupport.loadRepositoryContent()
        let index = try #require(content.files.firstIndex { $0.path == "index.md" })
        content.files[index].text += "\nSee [the missing section](open-api.md#no-such-section).\n"
        let compilation = compile(content)
        #expect(compilation.diagnostics.contains { $0.code == .brokenAnchor })
        #expect(compilation.outputs.isEmpty && Array(compilation.outputs).isEmpty)
    }

    @Test func aWriteThatFailsKeepsTheOldSite() throws {
        let (folder, output, writer) = try Self.siteFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try writer.write([OutputFile(path: "old.html", text: "old")])
        // A file where the next one needs a folder: the second cannot be written.
        let clashing = [OutputFile(path: "a", text: "file"), OutputFile(path: "a/b.html", text: "page")]
        #expect(throws: FolderWriter.Failure.self) { try writer.write(clashing) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["old.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
    }

    @Test func anUnchangedFileIsLinkedFromTheOldSite() throws {
        let (folder, output, writer) = try Self.siteFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = OutputFile(path: "data/big.json", contents: ByteChunks([UInt8](repeating: UInt8(ascii: "a"), count: 100_000)))
        func inode() throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(big.path).path)[.systemFileNumber] as? Int)
        }
        try writer.write([big, OutputFile(path: "page.html", text: "page")])
        let first = try inode()
        try writer.write([big, OutputFile(path: "page.html", text: "new page")])
        #expect(try inode() == first)
        try writer.write([OutputFile(path: big.path, text: "changed")])
        #expect(try inode() != first)
        #expect(try String(contentsOf: output.appendingPathComponent(big.path), encoding: .utf8) == "changed")
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
