import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A new output folder being filled beside the old one, which it replaces only when
/// `finish` is called: a failed or killed build leaves the old site whole. Files are
/// written in the order they arrive by one writer thread, while the build goes on making
/// the next ones; one thread, because threads creating files in the same folder only wait
/// for each other's lock on it.
public final class StagingFolder: OutputSink, @unchecked Sendable {
    let staging: URL
    let outputFolder: URL
    /// Where the old folder waits while the new one takes its place.
    let retired: URL
    private let queue = DispatchQueue(label: "midocs.staging-folder")
    /// Files accepted but not yet written; bounded so that a slow disk holds back the
    /// build rather than letting finished pages pile up in memory.
    private let inFlight = DispatchSemaphore(value: 256)
    // Touched only on `queue`.
    private var folders = Set<String>()
    private var failure: String?
    private var written = 0
    private var streams: [String: Stream] = [:]

    init(staging: URL, outputFolder: URL, retired: URL) {
        self.staging = staging
        self.outputFolder = outputFolder
        self.retired = retired
    }

    public func accept(_ file: OutputFile) {
        enqueue { [self] in
            if let stream = streams.removeValue(forKey: file.path) {
                try finish(stream, with: file.contents.closed, path: file.path)
            } else {
                try write(file)
            }
            written += 1
        }
    }

    public func append(_ chunks: [[UInt8]], to path: String) {
        enqueue { [self] in
            var stream = try streams[path] ?? openStream(path)
            try add(chunks, to: &stream, path: path)
            streams[path] = stream
        }
    }

    /// Runs `write` on the writer thread, after the files accepted before.
    private func enqueue(_ write: @escaping @Sendable () throws -> Void) {
        inFlight.wait()
        queue.async { [self] in
            defer { inFlight.signal() }
            guard failure == nil else { return }
            do { try write() } catch { failure = "\(error)" }
        }
    }

    private func write(_ file: OutputFile) throws {
        let path = try prepare(file.path)
        // A file whose bytes did not change is linked from the old site, not written again,
        // so it keeps its identity and its modification time.
        let old = outputFolder.appendingPathComponent(file.path).path
        if PlainFile.holds(file.contents, at: old), link(old, path) == 0 { return }
        try PlainFile.store(file.contents, at: path)
    }

    /// The new file's path, its folder made.
    private func prepare(_ relativePath: String) throws -> String {
        let url = staging.appendingPathComponent(relativePath)
        let folder = url.deletingLastPathComponent().path
        if folders.insert(folder).inserted {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        return url.path
    }

    /// A file written in chunks, compared as it goes with the old site's file of that name.
    private struct Stream {
        var descriptor: Int32
        /// The old file, while its bytes so far are the new one's.
        var old: Int32?

        func closeFiles() {
            close(descriptor)
            if let old { close(old) }
        }
    }

    private func openStream(_ relativePath: String) throws -> Stream {
        let descriptor = try PlainFile.create(try prepare(relativePath))
        let old = open(outputFolder.appendingPathComponent(relativePath).path, O_RDONLY | O_CLOEXEC)
        return Stream(descriptor: descriptor, old: old >= 0 ? old : nil)
    }

    private func add(_ chunks: [[UInt8]], to stream: inout Stream, path: String) throws {
        try PlainFile.append(chunks, to: stream.descriptor, path: path)
        if let old = stream.old, !PlainFile.continues(chunks, reading: old) {
            close(old)
            stream.old = nil
        }
    }

    /// Writes the last chunks; a file that came out the same as the old one is replaced by
    /// a link to it, as `write` does.
    private func finish(_ stream: Stream, with chunks: [[UInt8]], path relativePath: String) throws {
        var stream = stream
        defer { stream.closeFiles() }
        try add(chunks, to: &stream, path: relativePath)
        guard let old = stream.old, PlainFile.atEnd(old) else { return }
        // Linked beside the new file, then renamed over it: if linking fails, the new file stays.
        let path = staging.appendingPathComponent(relativePath).path
        let linked = path + ".midocs-link"
        if link(outputFolder.appendingPathComponent(relativePath).path, linked) == 0, rename(linked, path) != 0 {
            unlink(linked)
        }
    }

    /// How many files were written so far.
    public var count: Int { queue.sync { written } }

    /// Waits for the last files, then puts the new folder in the old one's place.
    public func finish() throws {
        let unfinished = queue.sync { streams.keys.sorted().first.map { "\($0): its last chunks never came" } }
        if let failure = queue.sync(execute: { failure }) ?? unfinished {
            discard()
            throw FolderWriter.Failure.unwritable(failure)
        }
        let manager = FileManager.default
        if manager.fileExists(atPath: outputFolder.path) {
            try manager.moveItem(at: outputFolder, to: retired)
            try manager.moveItem(at: staging, to: outputFolder)
            try manager.removeItem(at: retired)
        } else {
            try manager.moveItem(at: staging, to: outputFolder)
        }
    }

    /// Waits for the last files and throws the new folder away, leaving the old one.
    public func discard() {
        queue.sync {
            for stream in streams.values { stream.closeFiles() }
            streams = [:]
        }
        try? FileManager.default.removeItem(at: staging)
    }
}
