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
final class StagingFolder: @unchecked Sendable {
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

    init(staging: URL, outputFolder: URL, retired: URL) {
        self.staging = staging
        self.outputFolder = outputFolder
        self.retired = retired
    }

    func accept(_ file: OutputFile) {
        inFlight.wait()
        queue.async { [self] in
            defer { inFlight.signal() }
            guard failure == nil else { return }
            do {
                try write(file)
                written += 1
            } catch {
                failure = "\(error)"
            }
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

    /// How many files were written so far.
    var count: Int { queue.sync { written } }

    /// Waits for the last files, then puts the new folder in the old one's place.
    func finish() throws {
        if let failure = queue.sync(execute: { failure }) {
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
    func discard() {
        queue.sync {}
        try? FileManager.default.removeItem(at: staging)
    }
}
