/// A list whose items each open with a heading (`* #### POST /pub`, then the item's text)
/// is a run of sections written inside a list, as some Jekyll docs indent every endpoint:
/// its items' blocks are read as if written at the top.
enum ListedHeading {
    static func converted(_ blocks: [MarkdownNode]) -> [MarkdownNode] {
        guard blocks.contains(where: isListOfSections) else { return blocks }
        return blocks.flatMap { block in
            isListOfSections(block) ? block.children.flatMap(\.children) : [block]
        }
    }

    private static func isListOfSections(_ block: MarkdownNode) -> Bool {
        guard case .list = block.kind, !block.children.isEmpty else { return false }
        return block.children.allSatisfy { item in item.children.first?.isHeading == true }
    }
}
