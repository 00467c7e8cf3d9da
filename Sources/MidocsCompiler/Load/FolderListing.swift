import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries below a folder, read with `readdir`: Foundation's enumerator looks up each
/// file's owner and group in the user database, which for ten thousand pages cost seconds.
enum FolderListing {
    enum Kind { case file, folder, symbolicLink, other }

    struct Entry {
        var path: String
        var kind: Kind
    }

    /// Every entry below `folder`, by path relative to it, in no particular order. Hidden
    /// entries (names starting with a dot) are left out, with everything below them. Nil
    /// when `folder` cannot be opened.
    static func entries(in folder: String) -> [Entry]? {
        var entries: [Entry] = []
        guard walk(folder, prefix: "", into: &entries) else { return nil }
        return entries
    }

    private static func walk(_ folder: String, prefix: String, into entries: inout [Entry]) -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        while let pointer = readdir(directory) {
            let name = withUnsafeBytes(of: pointer.pointee.d_name) { bytes in
                String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = prefix + name
            let kind = kind(of: pointer.pointee.d_type, at: folder + "/" + name)
            entries.append(Entry(path: path, kind: kind))
            // A folder that cannot be opened is listed but not entered, as Foundation did.
            if kind == .folder { _ = walk(folder + "/" + name, prefix: path + "/", into: &entries) }
        }
        return true
    }

    private static func kind(of type: UInt8, at path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK): return .symbolicLink
        case Int32(DT_UNKNOWN):
            // Some file systems do not say; ask the inode.
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            case S_IFLNK: return .symbolicLink
            default: return .other
            }
        default: return .other
        }
    }
}
