/// The navigation of a site that site.yml does not arrange: the pages at the top, then a
/// group for each top-level folder, each in name order with a folder's index page first.
/// A numeric prefix (`01-setup`) orders by its number and is left out of titles.
struct FolderTree {
    struct Group {
        var title: String
        var pages: [Page]
    }

    let groups: [Group]

    init(_ pages: [Page]) {
        var top: [Page] = []
        var folders: [String: [Page]] = [:]
        for page in pages {
            if let slash = page.slug.firstIndex(of: "/") {
                folders[String(page.slug[..<slash]), default: []].append(page)
            } else {
                top.append(page)
            }
        }
        var groups: [Group] = []
        if !top.isEmpty { groups.append(Group(title: "Pages", pages: Self.ordered(top))) }
        for folder in folders.keys.sorted(by: FileName.precedes) {
            let pages = Self.ordered(folders[folder] ?? [])
            let index = pages.first { $0.slug == folder + "/index" }
            groups.append(Group(title: index?.title ?? FileName.title(ofName: folder), pages: pages))
        }
        self.groups = groups
    }

    /// Pages in name order, segment by segment, each folder's index page before the rest of it.
    static func ordered(_ pages: [Page]) -> [Page] {
        pages.sorted { left, right in
            let a = left.slug.split(separator: "/").map { $0 == "index" ? "" : $0 }
            let b = right.slug.split(separator: "/").map { $0 == "index" ? "" : $0 }
            for (x, y) in zip(a, b) where x != y { return x.isEmpty || (!y.isEmpty && FileName.precedes(String(x), String(y))) }
            return a.count < b.count
        }
    }
}
