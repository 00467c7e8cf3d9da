/// Which headings of a page open an operation, decided before the page is read: a title
/// heading whose section declares an endpoint. A section is the blocks under its heading and
/// under the label headings that belong to it (a label heading belongs to the nearest title
/// heading above it of a higher level: `## 获取配置`, `### 接口描述`, `### 请求URL` gives the
/// URL to 获取配置), but not the blocks under example headings. Such a heading opens an
/// operation even under another operation's heading; a heading that declares nothing is a
/// subsection of the operation above it.
struct SectionPlan {
    /// The block indexes of headings whose section declares an endpoint.
    private(set) var declaring: Set<Int> = []

    init(_ blocks: [MarkdownNode]) {
        var titles: [(index: Int, level: Int)] = []
        var owner: Int?
        var inExamples = false
        var afterBareURLLabel = false
        var blueprintResource: (level: Int, template: String)?
        var afterMethodLine = false
        // Headings that are a request line (`### POST /api/event`): always an operation.
        var requestLineHeadings: Set<Int> = []
        for (index, block) in blocks.enumerated() {
            if case .heading(let level) = block.kind {
                if let line = LabeledLine.heading(block), let label = Label(heading: line.label) {
                    inExamples = label == .examples
                    owner = titles.last { $0.level < level }?.index ?? titles.last?.index
                    // `### 1.1 应用注册`, `#### 传输协议规范` (declaring), `#### 请求参数`: a label
                    // beside the declaring heading makes it a part of their parent, which
                    // is the operation.
                    // Not a page's title: "## Response" beside "## Get a lamp" under "# Lamps" is
                    // the page's own section.
                    if let owner, let parent = titles.last(where: { $0.index == owner }), parent.level >= 2,
                        let sibling = titles.last(where: { $0.level == level }), sibling.index > owner,
                        declaring.contains(sibling.index), !requestLineHeadings.contains(sibling.index)
                    {
                        declaring.remove(sibling.index)
                        declaring.insert(owner)
                    }
                    if label == .url, let owner, line.value.isEmpty || OperationExtractor.holdsValue(line, of: .url) { declaring.insert(owner) }
                    continue
                }
                titles.removeAll { $0.level >= level }
                titles.append((index, level))
                owner = index
                inExamples = false
                if let resource = blueprintResource, level <= resource.level { blueprintResource = nil }
                // API Blueprint's headings end in a bracket; others are turned away unread.
                if Blueprint.mayDeclare(block) {
                    let headingText = Label.withoutHeadingID(OperationExtractor.text(of: block.children))
                    if let template = Blueprint.resource(headingText) { blueprintResource = (level, template) }
                    if OperationExtractor.blueprintAction(headingText, resource: blueprintResource?.template) != nil {
                        declaring.insert(index)
                        requestLineHeadings.insert(index)
                        continue
                    }
                }
                if EndpointLine(Label.withoutHeadingID(OperationExtractor.text(of: block.children)), strict: true, titled: true) != nil
                    || EndpointLine(Label.withoutHeadingID(block.plainText), strict: true, titled: true) != nil
                {
                    declaring.insert(index)
                    requestLineHeadings.insert(index)
                }
                continue
            }
            if let owner, !inExamples,
                Self.declares(block) || afterBareURLLabel && Self.holdsRequestLine(block) || afterMethodLine && Self.isLoneURL(block)
            {
                declaring.insert(owner)
            }
            afterBareURLLabel = Self.bareLabel(block) == .url
            // A method line is a node or two: longer paragraphs are turned away unsplit.
            afterMethodLine = block.kind == .paragraph && block.children.count <= 3 && OperationExtractor.methodLine(block) != nil
        }
    }

    /// `接口地址` alone in its paragraph, no colon, as some docs title a part: a label whose
    /// value is the next block.
    static func bareLabel(_ block: MarkdownNode) -> Label? {
        guard block.kind == .paragraph, block.children.count == 1, case .text(let text) = block.children[0].kind,
            text.utf8.count <= 40, !text.contains(":"), !text.contains("：")
        else { return nil }
        let normalized = Label.normalize(text)
        switch Label(normalized: normalized) ?? Label.parameterSection(normalized) {
        case let label? where label == .url || label == .method || label == .responses || label == .examples: return label
        case .parameters(let placement)?: return .parameters(placement)
        default: return nil
        }
    }

    /// `` `https://oapi.example.com/department/list` `` alone in its paragraph.
    static func isLoneURL(_ block: MarkdownNode) -> Bool {
        block.kind == .paragraph && loneURL(block.children) != nil
    }

    /// A line that is a full URL in code and nothing else.
    static func loneURL(_ line: [MarkdownNode]) -> String? {
        guard line.count == 1, case .code(let code) = line[0].kind, code.contains("://"),
            OperationURL(parsing: code.trimmingWhitespace()) != nil
        else { return nil }
        return code.trimmingWhitespace()
    }

    /// A block whose first line is a request line, filled-in query and all (`> POST /a?token=x`).
    private static func holdsRequestLine(_ block: MarkdownNode) -> Bool {
        let inner = block.kind == .blockQuote ? block.children.first ?? block : block
        switch inner.kind {
        case .paragraph: return OperationExtractor.lines(of: inner).first.flatMap(OperationExtractor.endpoint(in:)) != nil
        case .codeBlock(_, let literal): return EndpointLine.endpoints(inCode: literal) != nil
        default: return false
        }
    }

    /// Whether some line of a paragraph can be a label or a request line, judged by the
    /// node that starts it: code, bold, or text that starts with a method's first letter or
    /// holds a colon. Prose, nearly every paragraph, is turned away without splitting it.
    static func mayHoldLabelOrRequest(_ paragraph: MarkdownNode) -> Bool {
        var isLineStart = true
        for node in paragraph.children {
            if node.kind == .softBreak || node.kind == .lineBreak || node.isBreakTag {
                isLineStart = true
                continue
            }
            guard isLineStart else { continue }
            isLineStart = false
            switch node.kind {
            case .code, .strong, .emphasis, .htmlInline:
                return true
            case .text(let text):
                let utf8 = text.utf8
                if let lead = utf8.first(where: { $0 != 0x20 && $0 != UInt8(ascii: "[") && $0 != UInt8(ascii: "*") }),
                    "GPDHOMR".utf8.contains(lead)
                {
                    return true
                }
                if utf8.contains(UInt8(ascii: ":")) || utf8.contains(0xEF) { return true }
            default:
                return true
            }
        }
        return false
    }

    /// Whether a block declares an endpoint: a `METHOD URL` line, a fenced block starting
    /// with one, or a URL label with a value (in a line, a list item or a key/value table).
    static func declares(_ block: MarkdownNode) -> Bool {
        switch block.kind {
        case .paragraph, .heading:
            guard mayHoldLabelOrRequest(block) else { return false }
            let lines = OperationExtractor.lines(of: block)
            // `Https请求方式: GET` over the URL alone on the next line.
            if lines.count >= 2, let url = loneURL(lines[1]), !url.isEmpty,
                let method = LabeledLine.boldLine(lines[0]) ?? LabeledLine.plainLine(lines[0]), Label(normalized: method.label) == .method
            {
                return true
            }
            return lines.contains { line in
                if let endpoint = OperationExtractor.endpoint(in: line) { return !endpoint.isExample }
                if OperationExtractor.labeledEndpoint(in: line) != nil { return true }
                // A URL label is bold, or plain text with a colon in its first words.
                guard let first = line.first else { return false }
                if case .text(let text) = first.kind, !text.utf8.contains(UInt8(ascii: ":")), !text.utf8.contains(0xEF) { return false }
                guard let labeled = LabeledLine.boldLine(line) ?? LabeledLine.plainLine(line),
                    Label(normalized: labeled.label) == .url
                else { return false }
                // `**请求URL**:` with the URL in the next block, as a heading label gives it.
                if labeled.value.isEmpty { return labeled.isBold && labeled.hasColon }
                return OperationExtractor.holdsValue(labeled, of: .url)
            }
        case .codeBlock(let info, let literal):
            return EndpointLine.endpoints(inCode: literal)?.lines.contains { !$0.isExample } == true || LabelBlock(literal) != nil
                || LabelProse.mayHoldProse(info: info) && LabelProse(literal) != nil
        case .list:
            return block.children.contains { item in item.children.first.map(declares) == true }
        case .blockQuote:
            return OperationExtractor.quotedRequests(block) != nil
        case .htmlBlock(let html):
            return HTMLEndpoint.endpoint(in: html)?.line.isExample == false
        case .table:
            // Only a table of two columns (key/value) or one whose first row holds a method
            // can declare: others are not read as tables here.
            guard let header = block.children.first, let row = block.children.dropFirst().first else { return false }
            let mayDeclare = header.children.count == 2
                || row.children.contains { HTTPMethod(parsing: $0.plainText) != nil }
            return mayDeclare && Table(block).map { KeyValueTable($0) != nil || EndpointTable($0) != nil } == true
        default:
            return false
        }
    }
}
