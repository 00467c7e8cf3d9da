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
        // Three-digit codes share their numbers with HTTP statuses (`200 OK`): then only a
        // number given as a code (`"errorCode": 105`, `code=105`) is taken for one.
        let needsKey = widths == [3]
        func isCited(_ bytes: [UInt8], _ found: (Int, SourceRange), at start: SourceLocation) -> Bool {
            isUnknown(found.0) && (!needsKey || Self.followsCodeKey(bytes, found.1.start.column - start.column))
        }

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
                            .error, code: .unknownErrorCode,
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
}
