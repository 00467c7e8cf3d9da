extension MarkdownNode {
    /// Visits this node and every node below it, in document order.
    public func walk(_ visit: (MarkdownNode) -> Void) {
        visit(self)
        for child in children { child.walk(visit) }
    }
}
