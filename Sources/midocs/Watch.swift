import ArgumentParser
import Foundation
import MidocsCompiler

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuilds the site whenever content/, the templates or site.yml change.",
        discussion: """
            Polls the folders (Linux has no portable file-event API in Foundation) and, on a
            change, checks and rebuilds; a build with errors leaves the site as it was. One
            line per rebuild says what changed, what was written and how long it took.
            Each rebuild is a whole build: it is not yet incremental.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var policy: PolicyOptions

    @Option(help: "The folder to write the site into.")
    var output = "site"

    @Option(help: "How often to look for changes, in milliseconds.")
    var interval = 300

    func run() throws {
        let folders = [URL(fileURLWithPath: input.content), URL(fileURLWithPath: input.templates)]
        var snapshot = FolderSnapshot(folders)
        rebuild(reason: "start")
        while true {
            Thread.sleep(forTimeInterval: Double(max(interval, 20)) / 1000)
            let current = FolderSnapshot(folders)
            let changed = current.changes(since: snapshot)
            guard !changed.isEmpty else { continue }
            snapshot = current
            rebuild(reason: changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? " and \(changed.count - 3) more" : ""))
        }
    }

    private func rebuild(reason: String) {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let checked = try CheckedCompilation(input: input, policy: policy, output: output)
            try checked.writer.write(checked.compilation.outputs)
            let elapsed = (clock.now - start).formatted(.units(allowed: [.milliseconds]))
            printError("midocs: \(reason): rebuilt \(checked.compilation.spec.pages.count) pages in \(elapsed)")
        } catch {
            printError("midocs: \(reason): not rebuilt (\(error)); \(output)/ is unchanged")
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
