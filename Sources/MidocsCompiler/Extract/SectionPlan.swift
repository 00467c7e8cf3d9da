/// Which headings of a page open an operation, decided before the page is read: a title
/// heading whose section (up to the next title heading, label sections included, example
/// sections not) declares an endpoint. Such a heading opens an operation even under another
/// operation's heading; a heading that declares nothing is a subsection of the operation
/// above it.
struct SectionPlan {
    /// The block indexes of headings whose section declares an endpoint.
    private(set) var declaring: Set<Int> = []

    init(_ blocks: [MarkdownNode]) {
        var title: Int?
        var inExamples = false
        for (index, block) in blocks.enumerated() {
            if case .heading = block.kind {
                if let line = LabeledLine.heading(block), let label = Label(heading: line.label) {
                    inExamples = label == .examples
                    if label == .url, title != nil, Self.declares(block) || line.value.isEmpty { declaring.insert(title!) }
                    continue
                }
                title = index
                inExamples = false
                if EndpointLine(block.plainText, strict: true) != nil { declaring.insert(index) }
                continue
            }
            if let title, !inExamples, Self.declares(block) { declaring.insert(title) }
        }
    }

    /// Whether a block declares an endpoint: a `METHOD URL` line, a fenced block starting
    /// with one, or a URL label with a value (in a line, a list item or a key/value table).
    static func declares(_ block: MarkdownNode) -> Bool {
        switch block.kind {
        case .paragraph, .heading:
            return OperationExtractor.lines(of: block).contains { line in
                if let endpoint = EndpointLine(OperationExtractor.text(of: line), strict: !isCode(line)) {
                    return !endpoint.isExample
                }
                guard let labeled = LabeledLine.boldLine(line) ?? LabeledLine.plainLine(line),
                    Label(normalized: labeled.label) == .url, !labeled.value.isEmpty
                else { return false }
                return OperationExtractor.holdsValue(labeled, of: .url)
            }
        case .codeBlock(_, let literal):
            return EndpointLine.endpoints(inCode: literal)?.lines.contains { !$0.isExample } == true
        case .list:
            return block.children.contains { item in item.children.first.map(declares) == true }
        case .table:
            return Table(block).map { KeyValueTable($0) != nil } == true
        default:
            return false
        }
    }

    private static func isCode(_ line: [MarkdownNode]) -> Bool {
        line.count == 1 && { if case .code = line[0].kind { true } else { false } }()
    }
}
