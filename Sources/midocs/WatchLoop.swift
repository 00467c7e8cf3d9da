import Foundation

/// Polls folders and calls back with what changed. Polling works on every Linux file
/// system (inotify does not see changes made over NFS or in some containers) and costs one
/// `stat` per file per interval.
struct WatchLoop {
    let folders: [URL]
    let interval: Int

    /// Calls `changed` with a short description of each change, forever.
    func run(_ changed: (String) -> Void) -> Never {
        var snapshot = FolderSnapshot(folders)
        while true {
            Thread.sleep(forTimeInterval: Double(max(interval, 20)) / 1000)
            let current = FolderSnapshot(folders)
            let names = current.changes(since: snapshot)
            guard !names.isEmpty else { continue }
            snapshot = current
            changed(names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : ""))
        }
    }
}

/// The size and modification time of every file below some folders, to notice changes.
struct FolderSnapshot: Equatable {
    private var files: [String: [Double]] = [:]

    init(_ folders: [URL]) {
        for folder in folders {
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey])
                guard values?.isRegularFile == true else { continue }
                files[url.path] = [
                    values?.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values?.fileSize ?? 0),
                ]
            }
        }
    }

    /// The files added, removed or changed since `earlier`, by name, sorted.
    func changes(since earlier: FolderSnapshot) -> [String] {
        let paths = Set(files.keys).union(earlier.files.keys)
        return paths.filter { files[$0] != earlier.files[$0] }.map { ($0 as NSString).lastPathComponent }.sorted()
    }
}
