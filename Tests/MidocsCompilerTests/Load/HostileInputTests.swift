import Foundation
import Testing

@testable import MidocsCompiler

/// Broken and hostile content folders get diagnostics, never a crash, a hang or a site.
struct HostileInputTests {
    /// A content folder in a temporary place, removed afterwards.
    final class Folder {
        let url: URL
        init() throws { url = try TestSupport.temporaryFolder() }
        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ path: String, _ data: Data) throws {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        }

        func write(_ path: String, _ text: String) throws { try write(path, Data(text.utf8)) }

        func link(_ path: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(
                atPath: url.appendingPathComponent(path).path, withDestinationPath: target)
        }

        func compile() throws -> Compilation {
            MidocsCompiler.compile(try load())
        }

        func load() throws -> Content {
            try ContentLoader(
                contentFolder: url, templatesFolder: TestSupport.repository.appendingPathComponent("templates")
            ).load()
        }
    }

    private func codes(_ compilation: Compilation) -> [DiagnosticCode] {
        compilation.diagnostics.map(\.code)
    }

    @Test func reportsAFileThatIsNotUTF8() throws {
        let folder = try Folder()
        try folder.write("latin1.md", Data([0x23, 0x20, 0x43, 0x61, 0x66, 0xE9, 0x0A]))
        let result = try folder.compile()
        #expect(codes(result) == [.notUTF8])
        #expect(result.outputs.isEmpty)
    }

    @Test func reportsABinaryFile() throws {
        let folder = try Folder()
        try folder.write("blob.md", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]))
        #expect(codes(try folder.compile()) == [.binaryFile])
    }

    @Test func buildsAnEmptyFileWithAWarning() throws {
        let folder = try Folder()
        try folder.write("empty.md", "")
        let result = try folder.compile()
        #expect(codes(result) == [.missingTitle])
        #expect(result.outputs.contains { $0.path == "empty.html" })
    }

    @Test func flattensNestingThousandsDeep() throws {
        let folder = try Folder()
        let lists = (0..<3_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        try folder.write("lists.md", "# Lists\n\n" + lists + "\n")
        try folder.write("quotes.md", "# Quotes\n\n" + String(repeating: ">", count: 10_000) + " deep\n")
        let result = try folder.compile()
        #expect(codes(result) == [.nestingTooDeep, .nestingTooDeep])
        #expect(result.outputs.contains { $0.path == "quotes.html" })
    }

    @Test func refusesLinksThatLoopOrLeaveTheFolder() throws {
        let folder = try Folder()
        try folder.write("index.md", "# Home\n")
        try folder.link("loop.md", to: "loop.md")
        try folder.link("passwd.md", to: "/etc/passwd")
        try folder.link("inside.md", to: "index.md")
        let result = try folder.compile()
        #expect(codes(result).map(\.rawValue).sorted() == ["broken-symlink", "link-outside-content"])
        #expect(result.spec.pages.map(\.slug).sorted() == ["index", "inside"])
    }

    @Test func skipsWhatIsNotARegularFile() throws {
        let folder = try Folder()
        try folder.write("index.md", "# Home\n")
        #expect(mkfifo(folder.url.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let result = try folder.compile()
        #expect(codes(result) == [.notARegularFile])
    }

    @Test func stopsWhenTheContentFolderIsMissing() {
        let loader = ContentLoader(
            contentFolder: URL(fileURLWithPath: "/nonexistent/midocs"), templatesFolder: TestSupport.repository)
        #expect(throws: ContentLoader.Failure.self) { try loader.load() }
    }

    @Test func readsALargeFile() throws {
        let folder = try Folder()
        let paragraph = String(repeating: "Tokens last 90 days and refresh tokens 10 years. ", count: 20) + "\n\n"
        var text = "# Large\n\n"
        text.reserveCapacity(52_000_000)
        while text.utf8.count < 50_000_000 { text += paragraph }
        try folder.write("large.md", text)
        let result = try folder.compile()
        #expect(result.diagnostics.isEmpty)
        #expect(result.outputs.contains { $0.path == "large.html" })
    }

    @Test func refusesToWriteOverTheContentOrTheRoot() throws {
        let folder = try Folder()
        let content = folder.url.appendingPathComponent("content")
        for output in [content, folder.url, URL(fileURLWithPath: "/")] {
            #expect(throws: FolderWriter.Failure.self) {
                try FolderWriter(outputFolder: output).checkSafety(contentFolder: content)
            }
        }
        try FolderWriter(outputFolder: folder.url.appendingPathComponent("site")).checkSafety(contentFolder: content)
    }
}

/// The writer swaps in a whole new folder but writes only what changed.
struct FolderWriterTests {
    private func inode(_ url: URL) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    @Test func writesOnlyTheFilesWhoseBytesChanged() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let writer = FolderWriter(outputFolder: site)
        try writer.write([OutputFile(path: "a.html", text: "same"), OutputFile(path: "b/c.html", text: "old")])
        let sameBefore = try inode(site.appendingPathComponent("a.html"))
        let changedBefore = try inode(site.appendingPathComponent("b/c.html"))
        try writer.write([OutputFile(path: "a.html", text: "same"), OutputFile(path: "b/c.html", text: "new")])
        #expect(try inode(site.appendingPathComponent("a.html")) == sameBefore)
        #expect(try inode(site.appendingPathComponent("b/c.html")) != changedBefore)
        #expect(try TestSupport.files(in: site) == ["a.html": Data("same".utf8), "b/c.html": Data("new".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
    }
}
