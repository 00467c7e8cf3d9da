/// List items that open with a heading (`* #### POST /pub`, then the item's text) are
/// sections written inside a list, as some Jekyll docs indent every endpoint: their blocks
/// are read as if written at the top. The other items of the list stay a list.
enum ListedHeading {
    static func converted(_ blocks: [MarkdownNode]) -> [MarkdownNode] {
        guard blocks.contains(where: hasSection) else { return blocks }
        return blocks.flatMap { block -> [MarkdownNode] in
            guard hasSection(block) else { return [block] }
            var result: [MarkdownNode] = []
            var plain: [MarkdownNode] = []
            func flushPlain() {
                guard !plain.isEmpty else { return }
                var list = block
                list.children = plain
                result.append(list)
                plain.removeAll()
            }
            for item in block.children {
                if isSection(item) {
                    flushPlain()
                    result += item.children
                } else {
                    plain.append(item)
                }
            }
            flushPlain()
            return result
        }
    }

    private static func hasSection(_ block: MarkdownNode) -> Bool {
        guard case .list = block.kind else { return false }
        return block.children.contains(where: isSection)
    }

    private static func isSection(_ item: MarkdownNode) -> Bool {
        item.children.first?.isHeading == true
    }
}
