import Foundation

/// The one writer of every command and plugin, and the only stage that writes the disk.
/// A build's files go into a new folder beside the output folder as they come, which then
/// takes the old one's place, so a failed or killed build leaves the old site whole; a
/// rebuild in `watch` updates the folder in place. Files whose bytes did not change are
/// left as they were.
public struct FolderWriter: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case unsafeOutputFolder(String)
        case unwritable(String)

        public var description: String {
            switch self {
            case .unsafeOutputFolder(let reason): return reason
            case .unwritable(let reason): return "could not write \(reason)"
            }
        }
    }

    public var outputFolder: URL

    public init(outputFolder: URL) {
        self.outputFolder = outputFolder.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Refuses an output folder that would overwrite the sources or the whole disk.
    public func checkSafety(contentFolder: URL) throws {
        let output = outputFolder.path
        let content = contentFolder.standardizedFileURL.resolvingSymlinksInPath().path
        if output == "/" {
            throw Failure.unsafeOutputFolder("refusing to write to the filesystem root; choose an output folder")
        }
        if output == content || content.hasPrefix(output.hasSuffix("/") ? output : output + "/") {
            throw Failure.unsafeOutputFolder(
                "refusing to write to '\(output)': it holds the content folder; choose another output folder")
        }
    }

    /// Writes one file, leaving it untouched when its bytes are already these, so that a
    /// build system does not see a change that is not one.
    public static func writeFile(_ file: OutputFile, to url: URL, knownToDiffer: Bool = false) throws {
        // Sizes first: reading a large file back only to find it differs costs as much as writing.
        if !knownToDiffer, PlainFile.holds(file.contents, at: url.path) { return }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try PlainFile.replace(url.path, with: file.contents)
    }

    /// Writes `files` as the whole new content of the output folder, taking each as it
    /// comes; returns how many were written.
    @discardableResult
    public func write(_ files: some Sequence<OutputFile>) throws -> Int {
        let folder = try begin()
        for file in files { folder.accept(file) }
        let count = folder.count
        try folder.finish()
        return count
    }

    /// A new, empty folder beside the output folder, to fill and then put in its place.
    func begin() throws -> StagingFolder {
        let manager = FileManager.default
        let parent = outputFolder.deletingLastPathComponent()
        let name = outputFolder.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).midocs-new")
        let retired = parent.appendingPathComponent(".\(name).midocs-old")
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        // A build killed between the two renames of `finish` left the old site aside: put it back.
        if !manager.fileExists(atPath: outputFolder.path) && manager.fileExists(atPath: retired.path) {
            try manager.moveItem(at: retired, to: outputFolder)
        }
        try? manager.removeItem(at: staging)
        try? manager.removeItem(at: retired)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        return StagingFolder(staging: staging, outputFolder: outputFolder, retired: retired)
    }

    /// Brings a folder that `write` filled up to date with `files`, in place: the files
    /// in `changed` (all, when nil) and those not in `previous` are written (each
    /// atomically, and only if their bytes differ), and files of `previous` that are no
    /// longer made are removed. For rebuilds in `watch` and `serve`, where only a few files
    /// change; a rebuild interrupted halfway leaves some pages new and others old, which the
    /// next rebuild sets right.
    public func update(_ files: [OutputFile], changed: Set<String>?, previous: Set<String>) throws {
        let due = files.filter { changed?.contains($0.path) ?? true || !previous.contains($0.path) }
        // Copying spec.json's 186 MB (10,000 pages) into the page cache takes as long as the
        // rest of a rebuild: each large file is written on a thread of its own, the small
        // ones together on another. A large file the compiler found changed is not read
        // back first, as it would differ.
        let largeFile = 1 << 20
        let large = due.filter { $0.contents.count >= largeFile }
        let tasks = large.map { [$0] } + [due.filter { $0.contents.count < largeFile }]
        let failures = tasks.concurrentMap { files -> (any Error)? in
            for file in files {
                do {
                    let known = file.contents.count >= largeFile && changed?.contains(file.path) == true
                    try Self.writeFile(file, to: outputFolder.appendingPathComponent(file.path), knownToDiffer: known)
                } catch {
                    return error
                }
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        let current = Set(files.map(\.path))
        for path in previous.subtracting(current).sorted() {
            try? FileManager.default.removeItem(at: outputFolder.appendingPathComponent(path))
        }
    }
}
