/// Reads Mi Account's worked examples: signature tables (`Part | Value` with Method, Host,
/// Path, Query, Nonce, Key and Signature rows, and the normalised string in the code block
/// after them) and the redirect-URI table (`Registered | Sent in the request | Accepted | Why`).
struct WorkedExampleReader: ProfileReader {
    /// A signature example just read, whose normalised string may follow in a code block.
    private var pendingSignatureExample: SignatureExample?

    mutating func read(_ block: MarkdownNode, into facts: inout ProfileFacts, diagnostics: inout [Diagnostic]) -> Bool {
        if var example = pendingSignatureExample {
            pendingSignatureExample = nil
            if case .codeBlock(_, let literal) = block.kind {
                example.normalizedString = SignatureExample.Part(value: literal, range: OperationExtractor.contentRange(ofFence: block))
                facts.append([example])
                return true
            }
            facts.append([example])
        }
        guard case .table = block.kind, let table = Table(block) else { return false }
        if Self.isSignatureTable(table) {
            pendingSignatureExample = Self.signatureExample(in: table, diagnostics: &diagnostics)
            return true
        }
        if Self.isRedirectURITable(table) {
            facts.append(Self.redirectURIExamples(in: table, diagnostics: &diagnostics))
            return true
        }
        return false
    }

    mutating func finish(into facts: inout ProfileFacts) {
        if let example = pendingSignatureExample { facts.append([example]) }
        pendingSignatureExample = nil
    }

    static let signatureRows = ["method", "host", "path", "query", "nonce", "key", "signature"]

    static func isSignatureTable(_ table: Table) -> Bool {
        table.header.count >= 2 && table.header[0] == "part" && table.header[1] == "value"
    }

    static func isRedirectURITable(_ table: Table) -> Bool {
        table.header.count >= 3 && table.header[0] == "registered" && table.header[2] == "accepted"
    }

    /// Nil, with a diagnostic, when a row is missing.
    static func signatureExample(in table: Table, diagnostics: inout [Diagnostic]) -> SignatureExample? {
        var parts: [String: SignatureExample.Part] = [:]
        for row in table.rows where row.count >= 2 {
            let name = Label.normalize(row[0].text).split(separator: " ").first.map(String.init) ?? ""
            parts[name] = part(row[1])
        }
        let missing = signatureRows.filter { parts[$0] == nil }
        guard missing.isEmpty else {
            diagnostics.append(
                Diagnostic(
                    .error, code: .incompleteSignatureExample,
                    message: "the signature example lacks the row\(missing.count == 1 ? "" : "s") "
                        + missing.map { "'\($0.capitalized)'" }.joined(separator: ", ") + "; add \(missing.count == 1 ? "it" : "them")",
                    range: SourceRange(start: table.location, length: 1)))
            return nil
        }
        return SignatureExample(
            method: parts["method"]!, host: parts["host"]!, path: parts["path"]!, query: parts["query"]!,
            nonce: parts["nonce"]!, key: parts["key"]!, signature: parts["signature"]!, location: table.location)
    }

    static func redirectURIExamples(in table: Table, diagnostics: inout [Diagnostic]) -> [RedirectURIExample] {
        table.rows.compactMap { row in
            guard row.count >= 3 else { return nil }
            let verdict = Label.normalize(row[2].text)
            guard verdict == "yes" || verdict == "no" else {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: .invalidTableValue,
                        message: "'\(row[2].text)' in the Accepted column is neither yes nor no; write yes or no",
                        range: row[2].range))
                return nil
            }
            return RedirectURIExample(
                registered: row[0].text, requested: row[1].text, isAccepted: verdict == "yes",
                verdictRange: row[2].range, location: row[0].range.start)
        }
    }

    /// The value of a cell: a code span's text, placed at the span's first character.
    private static func part(_ cell: Table.Cell) -> SignatureExample.Part {
        if let code = cell.node.children.first(where: { if case .code = $0.kind { true } else { false } }),
            case .code(let value) = code.kind
        {
            return SignatureExample.Part(value: value, range: SourceRange(start: code.range.start, length: value.utf8.count))
        }
        return SignatureExample.Part(value: cell.text, range: cell.range)
    }
}
