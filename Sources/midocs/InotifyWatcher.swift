#if canImport(Glibc)
    import Foundation
    import Glibc

    /// Linux file events for a few folder trees: the paths written, created, moved or
    /// removed, as they happen. Unlike polling, it costs nothing while nothing changes, and
    /// nothing more for ten thousand files than for ten.
    final class InotifyWatcher {
        private let descriptor: Int32
        private var folders: [Int32: String] = [:]
        private static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_DELETE_SELF)

        /// Nil when the system refuses (too many watches, or no inotify): the caller polls.
        init?(_ roots: [URL]) {
            descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            for root in roots where !watchTree(root.path) {
                close(descriptor)
                return nil
            }
        }

        deinit { close(descriptor) }

        /// Blocks until something changes, then gathers what follows within `settle`
        /// milliseconds (an editor's save is often several events). Nil means the kernel
        /// dropped events: the caller should look at everything.
        func next(settle: Int) -> Set<String>? {
            var changed = Set<String>()
            var created = Set<String>()
            var overflowed = false
            var timeout: Int32 = -1
            while true {
                var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&request, 1, timeout)
                if ready < 0 && errno == EINTR { continue }
                guard ready > 0 else { break }
                overflowed = readEvents(into: &changed, created: &created) || overflowed
                timeout = Int32(settle)
            }
            return overflowed ? nil : changed
        }

        /// Reads the waiting events; true when the queue overflowed.
        private func readEvents(into changed: inout Set<String>, created: inout Set<String>) -> Bool {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return false }
            var overflowed = false
            var offset = 0
            let headerSize = MemoryLayout<inotify_event>.size
            while offset + headerSize <= count {
                let (watch, mask, nameLength) = buffer.withUnsafeBytes { bytes -> (Int32, UInt32, Int) in
                    let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameBytes = buffer[(offset + headerSize)..<min(offset + headerSize + nameLength, count)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += headerSize + nameLength
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { overflowed = true }
                guard let folder = folders[watch] else { continue }
                let path = name.isEmpty ? folder : folder + "/" + name
                // A file made and moved away or removed within one batch (an editor's or
                // sed's temporary file) changed nothing.
                if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0, created.remove(path) != nil {
                    changed.remove(path)
                    continue
                }
                if mask & UInt32(IN_CREATE) != 0 { created.insert(path) }
                changed.insert(path)
                // A new folder is watched too, and what it already holds counts as changed.
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    _ = watchTree(path)
                    overflowed = true
                }
            }
            return overflowed
        }

        private func watchTree(_ root: String) -> Bool {
            var pending = [root]
            while let folder = pending.popLast() {
                let watch = inotify_add_watch(descriptor, folder, Self.mask)
                guard watch >= 0 else { return false }
                folders[watch] = folder
                let children = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                for child in children where !child.hasPrefix(".") {
                    var isFolder: ObjCBool = false
                    let path = folder + "/" + child
                    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                        pending.append(path)
                    }
                }
            }
            return true
        }
    }
#endif
