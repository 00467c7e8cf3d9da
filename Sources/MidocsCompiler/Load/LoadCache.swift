import Foundation

/// The files one load read, with the size and modification time they had, so that the next
/// load reads again only files that changed.
public struct LoadCache: Sendable {
    struct Stamp: Hashable, Sendable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64

        /// The file's stamp, or nil when it cannot be read.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            size = Int64(info.st_size)
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
            inode = UInt64(info.st_ino)
        }
    }

    struct Entry: Sendable {
        var stamp: Stamp
        var data: Data
        /// The decoded text of a page, so that an unchanged page is not decoded again.
        var text: String?
    }

    var entries: [String: Entry] = [:]
    /// What the last load made of the rest, for a load told exactly which files changed.
    var configuration: SiteConfiguration?
    var theme: Theme?
    /// A load that reported problems is followed by a whole one, so that none is lost.
    var wasClean = false

    public init() {}
}
