import Foundation

/// Waits for changes below some folders and calls back with them. On Linux it uses inotify;
/// elsewhere, or when inotify is refused, it polls every `interval` milliseconds.
/// The watch starts when the loop is made, so a change made while the first build runs is
/// not missed.
final class WatchLoop: @unchecked Sendable {
    let folders: [URL]
    let interval: Int
    /// Stays true: the loop runs until the process ends. A loop the optimizer can prove
    /// endless made release builds of this file hang (Swift 6.3).
    private var isRunning = true
    #if canImport(Glibc)
        private let watcher: InotifyWatcher?
    #endif

    init(folders: [URL], interval: Int) {
        self.folders = folders
        self.interval = interval
        #if canImport(Glibc)
            watcher = InotifyWatcher(folders.map(\.standardizedFileURL))
        #endif
    }

    /// Calls `changed` with the absolute paths that changed (nil when unknown: look at
    /// everything), until the process ends. Called from one thread only.
    func run(_ changed: (Set<String>?) -> Void) {
        #if canImport(Glibc)
            if let watcher {
                while isRunning {
                    guard let paths = watcher.next(settle: 20) else {
                        changed(nil)
                        continue
                    }
                    let shown = paths.filter { !($0 as NSString).lastPathComponent.hasPrefix(".") }
                    if !shown.isEmpty { changed(shown) }
                }
                return
            }
        #endif
        poll(changed)
    }

    /// The fallback: compares a snapshot of every file's size and time each interval.
    private func poll(_ changed: (Set<String>?) -> Void) {
        var snapshot = FolderSnapshot(folders)
        while isRunning {
            Thread.sleep(forTimeInterval: Double(max(interval, 20)) / 1000)
            let current = FolderSnapshot(folders)
            let paths = current.changes(since: snapshot)
            if !paths.isEmpty {
                snapshot = current
                changed(paths)
            }
        }
    }

    /// `faq.md`, or `faq.md, index.md and 3 more`.
    static func describe(_ paths: Set<String>?) -> String {
        guard let paths else { return "files changed" }
        let names = paths.map { ($0 as NSString).lastPathComponent }.sorted()
        return names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : "")
    }
}
