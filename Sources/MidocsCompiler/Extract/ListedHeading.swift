/// List items that open with a heading (`* #### POST /pub`, then the item's text) are
/// sections written inside a list, as some Jekyll docs indent every endpoint: their blocks
/// are read as if written at the top. So are items whose first line is a short title and
/// whose nested list gives a URL label (`1. 獲取所有幣種` over `- url： \`{host}/api/...\``):
/// the title becomes a heading. The other items of the list stay a list.
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
                } else if isTitledSection(item), let title = item.children.first {
                    flushPlain()
                    result.append(MarkdownNode(kind: .heading(level: 6), children: title.children, range: title.range))
                    result += item.children.dropFirst()
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
        return block.children.contains { isSection($0) || isTitledSection($0) }
    }

    /// A title of a few words, alone on the item's first line, then a list with a URL label.
    private static func isTitledSection(_ item: MarkdownNode) -> Bool {
        guard item.children.count >= 2, let title = item.children.first, title.kind == .paragraph,
            title.children.count == 1, case .text(let text) = title.children[0].kind, text.count <= 60,
            !text.contains(":"), !text.contains("：")
        else { return false }
        return item.children.dropFirst().contains { block in
            guard case .list = block.kind else { return false }
            return block.children.contains { labelItem in
                guard let paragraph = labelItem.children.first, paragraph.kind == .paragraph else { return false }
                let line = OperationExtractor.lines(of: paragraph).first ?? []
                guard let labeled = LabeledLine.boldLine(line) ?? LabeledLine.plainLine(line) else { return false }
                return Label(normalized: labeled.label) == .url && !labeled.value.isEmpty
            }
        }
    }

    private static func isSection(_ item: MarkdownNode) -> Bool {
        item.children.first?.isHeading == true
    }
}
