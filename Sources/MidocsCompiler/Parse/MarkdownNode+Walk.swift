extension MarkdownNode {
    /// Visits this node and every node below it, in document order.
    public func walk(_ visit: (MarkdownNode) -> Void) {
        visit(self)
        // By index: the array's elements are borrowed, where `for in` copies (retains) each.
        for index in children.indices { children[index].walk(visit) }
    }

    /// Visits this node and the blocks below it, in document order, without entering a
    /// paragraph, heading or table: for checks of whole blocks, which skip the inline
    /// nodes, most of a tree.
    func walkBlocks(_ visit: (MarkdownNode) -> Void) {
        visit(self)
        switch kind {
        case .document, .blockQuote, .list, .item:
            for index in children.indices { children[index].walkBlocks(visit) }
        default:
            break
        }
    }
}
