import Foundation

/// The size and modification time of every file below some folders, to notice changes.
struct FolderSnapshot: Equatable {
    private var files: [String: [Double]] = [:]

    init(_ folders: [URL]) {
        for folder in folders {
            let enumerator = FileManager.default.enumerator(
                at: folder.standardizedFileURL, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey])
                guard values?.isRegularFile == true else { continue }
                files[url.path] = [
                    values?.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values?.fileSize ?? 0),
                ]
            }
        }
    }

    /// The files added, removed or changed since `earlier`, by absolute path.
    func changes(since earlier: FolderSnapshot) -> Set<String> {
        Set(files.keys).union(earlier.files.keys).filter { files[$0] != earlier.files[$0] }
    }
}
