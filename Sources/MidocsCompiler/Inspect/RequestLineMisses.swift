import Foundation

/// Lines of a page that look like a request (`POST /orders`, `curl -X POST https://...`)
/// but declare none of its operations, each with the reason midocs passed it by.
struct RequestLineMisses {
    let document: MarkdownDocument
    let operations: [Operation]

    /// What wraps a method or a URL as written: code spans, emphasis, brackets, quotes.
    private static let markup = CharacterSet(charactersIn: "`*[]():：\"'")
    private static let methods: Set<String> = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]

    func find() -> [PageInspection.Miss] {
        let declared = Set(operations.compactMap { operation in
            operation.method.flatMap { method in operation.url.map { "\(method.rawValue) \($0.path)" } }
        })
        let source = document.file.text.split(separator: "\n", omittingEmptySubsequences: false)
        var misses: [PageInspection.Miss] = []
        var underExamples = false
        for block in document.blocks {
            if case .heading = block.kind {
                underExamples = LabeledLine.heading(block).flatMap { Label(heading: $0.label) } == .examples
            }
            let first = block.range.start.line
            let last = min(block.range.end.line, source.count)
            guard first >= 1, first <= last else { continue }
            for number in first...last {
                let line = String(source[number - 1])
                guard let request = Self.request(in: line) else { continue }
                let target = "\(request.method) \(request.target)"
                if let endpoint = EndpointLine(target), declared.contains("\(endpoint.method.rawValue) \(endpoint.url.path)") { continue }
                let reason = reason(for: request, line: line, lineInBlock: number - first, block: block, underExamples: underExamples)
                misses.append(
                    PageInspection.Miss(
                        location: SourceLocation(file: document.file.path, line: number, column: request.column),
                        line: line.trimmingWhitespace(), reason: reason))
            }
        }
        return misses
    }

    private struct Request {
        var method: String
        var target: String
        /// Where the method (or `curl`) starts, counted in characters from 1.
        var column: Int
        var isCurl: Bool
        /// Text before the method that is more than markup: a sentence around it.
        var isInSentence: Bool
    }

    /// The first `METHOD /path` (or `METHOD https://...`) in the line, or a curl command.
    private static func request(in line: String) -> Request? {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        for (index, word) in words.enumerated() {
            let bare = word.trimmingCharacters(in: Self.markup)
            let column = line.distance(from: line.startIndex, to: word.startIndex) + 1
            let before = line[..<word.startIndex]
            let isInSentence = before.contains { $0.isLetter } && !before.trimmingWhitespace().allSatisfy { "#>*-+|`[ ".contains($0) || $0.isNumber || $0 == "." }
            if bare == "curl" {
                guard let url = words.dropFirst(index + 1).first(where: { $0.contains("://") }) else { return nil }
                let method = words.dropFirst(index + 1).firstIndex { $0 == "-X" || $0 == "--request" }.flatMap { words.indices.contains($0 + 1) ? String(words[$0 + 1]) : nil }
                return Request(method: method?.uppercased() ?? "GET", target: url.trimmingCharacters(in: Self.markup), column: column, isCurl: true, isInSentence: isInSentence)
            }
            guard methods.contains(bare), index + 1 < words.count else { continue }
            let target = words[index + 1].trimmingCharacters(in: Self.markup)
            guard target.hasPrefix("/") || target.contains("://") || target.hasPrefix("{") else { continue }
            return Request(method: bare, target: target, column: column, isCurl: false, isInSentence: isInSentence)
        }
        return nil
    }

    private func reason(for request: Request, line: String, lineInBlock: Int, block: MarkdownNode, underExamples: Bool) -> String {
        if underExamples {
            return "it is under an example heading: midocs reads request lines there as examples of the operation above, never as declarations"
        }
        if request.isCurl {
            return "a curl command: midocs does not read endpoints out of curl; put a request line such as '\(request.method) /path' before it"
        }
        if let endpoint = EndpointLine("\(request.method) \(request.target)"), endpoint.isExample {
            return "its query string holds values, so it reads as an example call; declare the endpoint without them, or with placeholders (?id={id})"
        }
        if case .codeBlock = block.kind, lineInBlock > 1 {
            return "it is not the first line of its code block; midocs reads a code block as a request only when the request line comes first"
        }
        if request.isInSentence {
            return "the request is inside a sentence; midocs reads a request line only at the start of a line, a heading, a list item or a code block"
        }
        return "no operation is open here to take it; give it a heading of its own (## Create an order) just above the request line"
    }
}
