/// Pages and heading anchors: links from elsewhere (bookmarks, other sites, old answers)
/// point at them, so one that goes away is a warning.
struct PageDiffer {
    let old: [Page]
    let new: [Page]

    func diff() -> [APIChange] {
        var changes: [APIChange] = []
        for page in old {
            guard let now = new.first(where: { $0.slug == page.slug }) else {
                changes.append(
                    APIChange(
                        kind: "page-removed", level: .warning, subject: [page.outputPath],
                        message: "page \(page.outputPath) ('\(page.title)') was removed; links to it break", location: page.location))
                continue
            }
            let anchors = Set(now.headings.map(\.id) + (now.anchors ?? []))
            for heading in page.headings where !anchors.contains(heading.id) {
                changes.append(
                    APIChange(
                        kind: "anchor-removed", level: .warning, subject: ["\(page.outputPath)#\(heading.id)"],
                        message: "anchor \(page.outputPath)#\(heading.id) ('\(heading.title)') was removed; links to it land at the top",
                        location: now.location))
            }
        }
        for page in new where !old.contains(where: { $0.slug == page.slug }) {
            changes.append(
                APIChange(
                    kind: "page-added", level: .info, subject: [page.outputPath], message: "page \(page.outputPath) ('\(page.title)') was added",
                    location: page.location))
        }
        return changes
    }
}
