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
                        ? NumberScanner.numbers(in: Array(bytes), at: node.range.start).filter { isUnknown($0.0) } : []
                case .code(let text):
                    numbers = NumberScanner.numbers(in: Array(text.utf8), at: node.range.start).filter { isUnknown($0.0) }
                case .codeBlock(_, let literal):
                    // Placed in the file only when reported: placing searches the source line.
                    let example = Example(language: "", text: literal, location: node.range.start)
                    numbers = NumberScanner.numbers(in: Array(literal.utf8), at: example.location).filter { isUnknown($0.0) }.map { number, range in
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
}
