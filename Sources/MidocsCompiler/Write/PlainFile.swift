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

    /// Creates or truncates the file at `path` and writes `contents` into it.
    static func store(_ contents: ByteChunks, at path: String) throws {
        let descriptor = try create(path)
        defer { close(descriptor) }
        try append(contents.closed, to: descriptor, path: path)
    }

    /// Opens the file at `path` for writing, created empty.
    static func create(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        return descriptor
    }

    /// Writes `chunks` one after another, without joining them; small ones are gathered
    /// first, so that a file of many small chunks takes few system calls.
    static func append(_ chunks: [[UInt8]], to descriptor: Int32, path: String) throws {
        let gatherLimit = 1 << 16
        var gathered: [UInt8] = []
        for chunk in chunks {
            if chunk.count < gatherLimit / 4 {
                if gathered.isEmpty { gathered.reserveCapacity(gatherLimit + gatherLimit / 4) }
                gathered += chunk
                if gathered.count >= gatherLimit {
                    try writeAll(gathered, to: descriptor, path: path)
                    gathered.removeAll(keepingCapacity: true)
                }
            } else {
                try writeAll(gathered, to: descriptor, path: path)
                gathered.removeAll(keepingCapacity: true)
                try writeAll(chunk, to: descriptor, path: path)
            }
        }
        try writeAll(gathered, to: descriptor, path: path)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
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
    static func replace(_ path: String, with contents: ByteChunks) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).midocs-tmp").path
        try store(contents, at: temporary)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// Whether the file at `path` holds exactly `contents`; sizes are compared first, so a
    /// changed file of another size is not read.
    static func holds(_ contents: ByteChunks, at path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, Int(status.st_size) == contents.count else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return continues(contents.closed, reading: descriptor) && atEnd(descriptor)
    }

    /// Whether the next bytes read from `descriptor` are `chunks`.
    static func continues(_ chunks: [[UInt8]], reading descriptor: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        for chunk in chunks {
            var offset = 0
            while offset < chunk.count {
                let wanted = min(buffer.count, chunk.count - offset)
                let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, wanted) }
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { return false }
                let same = chunk.withUnsafeBytes { mine in
                    buffer.withUnsafeBytes { memcmp(mine.baseAddress! + offset, $0.baseAddress!, got) == 0 }
                }
                guard same else { return false }
                offset += got
            }
        }
        return true
    }

    /// Whether nothing is left to read from `descriptor`.
    static func atEnd(_ descriptor: Int32) -> Bool {
        var byte: UInt8 = 0
        return read(descriptor, &byte, 1) == 0
    }
}
