/// A paragraph that is only a short bold title (`**Retrieve**`) right before a request line
/// is that endpoint's heading, as some docs title each endpoint under one real heading.
enum BoldHeading {
    static func converted(_ blocks: [MarkdownNode]) -> [MarkdownNode] {
        var result = blocks
        for index in blocks.indices.dropLast() where isBoldTitle(blocks[index]) && SectionPlan.declares(blocks[index + 1]) {
            var heading = blocks[index]
            heading.kind = .heading(level: 6)
            heading.children = blocks[index].children[0].children
            result[index] = heading
        }
        return result
    }

    private static func isBoldTitle(_ block: MarkdownNode) -> Bool {
        guard block.kind == .paragraph, block.children.count == 1, block.children[0].kind == .strong else { return false }
        let text = block.plainText.trimmingWhitespace()
        return !text.isEmpty && text.count <= 60 && !text.hasSuffix(":") && !text.hasSuffix("：")
    }
}
