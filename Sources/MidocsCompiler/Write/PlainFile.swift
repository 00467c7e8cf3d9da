import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing and comparing one file with plain system calls. Foundation's `Data.write`
/// syncs every file to the disk and reads its attributes several times: for a site of ten
/// thousand pages that was most of the build. An output folder is made whole and then
/// renamed into place, so a file need not reach the disk before the rename.
enum PlainFile {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    /// Creates or truncates the file at `path` and writes `data` into it.
    static func store(_ data: Data, at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// Writes `data` into a new hidden file beside `path`, then renames it over `path`: a
    /// reader (the preview server, say) sees the old file or the new one, never half of one.
    static func replace(_ path: String, with data: Data) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).midocs-tmp").path
        try store(data, at: temporary)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// Whether the file at `path` holds exactly `data`; sizes are compared first, so a
    /// changed file of another size is not read.
    static func holds(_ data: Data, at path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, Int(status.st_size) == data.count else { return false }
        return (try? Data(contentsOf: URL(fileURLWithPath: path))) == data
    }
}
