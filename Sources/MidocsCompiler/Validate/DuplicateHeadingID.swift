/// Finds headings whose id GitHub would give twice on one page ("Example", "Example",
/// "Example 1" all claim `example-1` there), so a link written for GitHub is ambiguous.
struct DuplicateHeadingID {
    func check(_ spec: Spec) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for page in spec.pages {
            var counts: [String: Int] = [:]
            var owners: [String: Heading] = [:]
            for heading in page.headings {
                let base = HeadingIDGenerator.slug(heading.title)
                let count = counts[base, default: 0]
                counts[base] = count + 1
                let githubID = count == 0 ? base : "\(base)-\(count)"
                if let owner = owners[githubID] {
                    diagnostics.append(
                        Diagnostic(
                            .warning, code: .duplicateHeadingID,
                            message: "GitHub gives the id '\(githubID)' to this heading and to '\(owner.title)'; "
                                + "rename one so links to it are not ambiguous",
                            range: SourceRange(start: heading.location, length: 1),
                            notes: [Diagnostic.Note("'\(owner.title)' is here", at: owner.location)]))
                } else {
                    owners[githubID] = heading
                }
            }
        }
        return diagnostics
    }
}
