/// The changelog page: for each release in site.yml, its API changes against the release
/// before (breaking first), written as a Markdown page that the build reads like any other,
/// so it gets the navigation, search, link checks and the site's look. Operations link to
/// their cards when the current docs still have them.
public struct ReleaseNotes: Sendable {
    /// One release and what changed since the one before; nil changes for the first.
    public struct Entry: Sendable {
        public var release: SiteConfiguration.Release
        public var changes: [APIChange]?
        /// Titles of the operations the changes name, from the release's own docs.
        public var titles: [String: String]

        public init(release: SiteConfiguration.Release, changes: [APIChange]?, titles: [String: String]) {
            self.release = release
            self.changes = changes
            self.titles = titles
        }
    }

    public static let slug = "changelog"

    public let entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// `release-2-0` for version 2.0: the heading's own id, kept simple so cards can link it.
    static func anchor(_ version: String) -> String {
        "release-" + version.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
    }

    /// The last release that changed each operation, by operation id.
    public var changedIn: [String: String] {
        var versions: [String: String] = [:]
        for entry in entries {
            for change in entry.changes ?? [] {
                if let id = change.operation { versions[id] = entry.release.version }
            }
        }
        return versions
    }

    /// The page, newest release first. `current` are the operations of the docs being built:
    /// only those are linked.
    public func makePage(current: Spec) -> SourceFile {
        let operations = Dictionary(current.operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lines = [
            "# Changelog", "",
            "What changed in the API in each release, worked out from the docs themselves (`midocs diff`). Breaking changes come first.",
        ]
        for entry in entries.reversed() {
            let date = entry.release.date.map { " (\($0))" } ?? ""
            lines += ["", "## \(DiffMarkdownFormatter.escape(entry.release.version))\(date) {#\(Self.anchor(entry.release.version))}", ""]
            guard let changes = entry.changes else {
                lines.append("The first release listed.")
                continue
            }
            let previous = entries.firstIndex { $0.release == entry.release }.flatMap { $0 > 0 ? entries[$0 - 1].release.version : nil }
            lines.append("Compared with \(DiffMarkdownFormatter.escape(previous ?? "the release before")).")
            if changes.isEmpty { lines += ["", "No API changes."] }
            for (level, title) in [(APIChange.Level.breaking, "Breaking changes"), (.warning, "May affect you"), (.info, "Other changes")] {
                let selected = changes.filter { $0.level == level }
                guard !selected.isEmpty else { continue }
                lines += ["", "### \(title)", ""]
                for change in selected {
                    var subject = ""
                    if let id = change.operation, let title = entry.titles[id] {
                        let name = DiffMarkdownFormatter.escape(title)
                        subject = operations[id].map { "[\(name)](/\($0.page).md#\($0.anchor)): " } ?? "\(name): "
                    }
                    lines.append("- \(subject)\(DiffMarkdownFormatter.escape(change.message)).")
                }
            }
        }
        return SourceFile(path: "\(Self.slug).md", text: lines.joined(separator: "\n") + "\n")
    }
}
