/// Finds error codes used in text or examples that the error table lacks. A number counts
/// as an error code when it has the digits of the table's codes and shares their hundreds:
/// with 96001 to 96013 in the table, `96014` is unknown and `5000` is just a number.
struct UnknownErrorCode {
    func check(_ context: CheckContext) -> [Diagnostic] {
        let codes = Set(context.spec.errorCodes.map(\.code))
        let families = Set(codes.map { $0 / 100 })
        let widths = Set(codes.map { String($0).count })
        guard !codes.isEmpty else { return [] }
        let tableNote = context.spec.errorCodes.first.map { [Diagnostic.Note("the error table is here", at: $0.location)] } ?? []

        func isUnknown(_ number: Int) -> Bool {
            families.contains(number / 100) && widths.contains(String(number).count) && !codes.contains(number)
        }
        // Short codes share their numbers with HTTP statuses (`200 OK`), list numbers and
        // versions: a number of three digits or fewer is taken for a code only where it is
        // given as one (`"errorCode": 105`, `code=105`). A part of a dotted number (`1.2`,
        // `0.534`) is never one.
        func isCited(_ bytes: [UInt8], _ found: (Int, SourceRange), at start: SourceLocation) -> Bool {
            let offset = found.1.start.column - start.column
            guard isUnknown(found.0), !Self.isInDottedNumber(bytes, offset, length: found.1.end.column - found.1.start.column) else { return false }
            return found.0 >= 1000 || Self.followsCodeKey(bytes, offset)
        }
        // A success answer's `code` is not an error code (`"code": "200000"` for OK).
        let successExamples = Set(context.spec.operations.flatMap { $0.responses.filter { $0.outcome == .success }.flatMap(\.examples).map(\.location) })

        // The walk's closure uses only these, not the whole context.
        let locate = context.location(in:offset:)
        var diagnostics: [Diagnostic] = []
        for document in context.documents {
            guard let source = context.sources[document.file.path] else { continue }
            document.root.walk { node in
                let numbers: [(Int, SourceRange)]
                switch node.kind {
                case .text:
                    // Most text has no digit at all: looked at in place before it is copied.
                    let bytes = source.bytes(node.range)
                    numbers = bytes.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
                        ? NumberScanner.numbers(in: Array(bytes), at: node.range.start).filter { isCited(Array(bytes), $0, at: node.range.start) } : []
                case .code(let text):
                    numbers = NumberScanner.numbers(in: Array(text.utf8), at: node.range.start).filter { isCited(Array(text.utf8), $0, at: node.range.start) }
                case .codeBlock where successExamples.contains(node.range.start):
                    numbers = []
                case .codeBlock(_, let literal):
                    // Placed in the file only when reported: placing searches the source line.
                    let example = Example(language: "", text: literal, location: node.range.start)
                    let bytes = Array(literal.utf8)
                    numbers = NumberScanner.numbers(in: bytes, at: example.location).filter { isCited(bytes, $0, at: example.location) }.map { number, range in
                        let offset = range.start.column - example.location.column
                        return (number, SourceRange(start: locate(example, offset), length: range.end.column - range.start.column))
                    }
                default:
                    numbers = []
                }
                for (number, range) in numbers {
                    let suggestion = Suggestion.closest(to: String(number), among: codes.map(String.init))
                    diagnostics.append(
                        Diagnostic(
                            .warning, code: .unknownErrorCode,
                            message: "error code \(number) is not in the error table"
                                + (suggestion.map { "; did you mean \($0)?" } ?? ""),
                            range: range, notes: tableNote))
                }
            }
        }
        return diagnostics
    }

    /// Whether the number at `offset` is the value of a key that names a code: `"code": `,
    /// `errorCode=`, `"errno" : `.
    static func followsCodeKey(_ bytes: [UInt8], _ offset: Int) -> Bool {
        var index = min(offset, bytes.count) - 1
        func skipSpaces() { while index >= 0, bytes[index] == 0x20 || bytes[index] == 0x09 { index -= 1 } }
        skipSpaces()
        guard index >= 0, bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "=") else { return false }
        index -= 1
        skipSpaces()
        if index >= 0, bytes[index] == UInt8(ascii: "\"") { index -= 1 }
        let end = index + 1
        while index >= 0, bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: "-") || (bytes[index] | 0x20) >= 0x61 && (bytes[index] | 0x20) <= 0x7A {
            index -= 1
        }
        let key = String(decoding: bytes[(index + 1)..<end], as: UTF8.self).lowercased()
        return key.contains("code") || key.hasPrefix("err")
    }

    /// Whether the digits at `offset` are part of `1.2.3` or `0.534`: a dot before them
    /// after a digit, or a dot after them before a digit or letter.
    static func isInDottedNumber(_ bytes: [UInt8], _ offset: Int, length: Int) -> Bool {
        func isDigitOrLetter(_ index: Int) -> Bool {
            guard index >= 0, index < bytes.count else { return false }
            let byte = bytes[index]
            return (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
        }
        let before = offset - 1
        let after = offset + length
        if before >= 0, before < bytes.count, bytes[before] == UInt8(ascii: "."), isDigitOrLetter(before - 1) { return true }
        return after < bytes.count && bytes[after] == UInt8(ascii: ".") && isDigitOrLetter(after + 1)
    }
}
