extension MarkdownNode {
    /// Visits this node and every node below it, in document order.
    public func walk(_ visit: (MarkdownNode) -> Void) {
        visit(self)
        // By index: the array's elements are borrowed, where `for in` copies (retains) each.
        for index in children.indices { children[index].walk(visit) }
    }
}
