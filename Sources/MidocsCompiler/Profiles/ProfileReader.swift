/// Reads, page by page, the blocks a profile knows and the general readers do not, such
/// as the tables of a service's worked examples. A new reader is made for each page.
protocol ProfileReader: Sendable {
    /// Takes `block` when it is the profile's, adding what it read to `facts`; false leaves
    /// the block to the general readers.
    mutating func read(_ block: MarkdownNode, into facts: inout ProfileFacts, diagnostics: inout [Diagnostic]) -> Bool

    /// Adds what is still pending at the end of the page.
    mutating func finish(into facts: inout ProfileFacts)
}
