import Foundation

/// Prints diagnostics as a SARIF 2.1.0 log, which code-scanning tools show on the lines
/// they point at. Columns are converted to UTF-16 code units, SARIF's default.
public struct SARIFFormatter: Sendable {
    private let pathPrefix: PathPrefix
    private let sources: [String: SourceText]

    public init(files: [SourceFile], contentPrefix: String) {
        self.pathPrefix = PathPrefix(contentPrefix)
        self.sources = Dictionary(files.map { ($0.path, SourceText($0)) }, uniquingKeysWith: { first, _ in first })
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        let codes = Array(Set(diagnostics.map(\.code.rawValue))).sorted()
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                [
                    "tool": [
                        "driver": [
                            "name": "midocs",
                            "rules": codes.map { ["id": $0, "shortDescription": ["text": $0.replacingOccurrences(of: "-", with: " ")]] },
                        ]
                    ],
                    "columnKind": "utf16CodeUnits",
                    "results": diagnostics.map { result($0, ruleIndex: codes.firstIndex(of: $0.code.rawValue) ?? 0) },
                ] as [String: Any]
            ],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private func result(_ diagnostic: Diagnostic, ruleIndex: Int) -> [String: Any] {
        var result: [String: Any] = [
            "ruleId": diagnostic.code.rawValue,
            "ruleIndex": ruleIndex,
            "level": diagnostic.severity.rawValue,
            "message": ["text": diagnostic.message],
        ]
        if let range = diagnostic.range {
            result["locations"] = [["physicalLocation": physicalLocation(range)]]
        }
        let related = diagnostic.notes.enumerated().compactMap { index, note -> [String: Any]? in
            guard let location = note.location else { return nil }
            return [
                "id": index,
                "message": ["text": note.message],
                "physicalLocation": physicalLocation(SourceRange(start: location, length: 0)),
            ]
        }
        if !related.isEmpty { result["relatedLocations"] = related }
        if !diagnostic.fixIts.isEmpty {
            result["fixes"] = [
                [
                    "description": ["text": "apply midocs' suggestion"],
                    "artifactChanges": diagnostic.fixIts.map { fixIt -> [String: Any] in
                        [
                            "artifactLocation": ["uri": pathPrefix.apply(fixIt.range.file)],
                            "replacements": [
                                ["deletedRegion": region(fixIt.range), "insertedContent": ["text": fixIt.replacement]]
                            ],
                        ]
                    },
                ]
            ]
        }
        return result
    }

    private func physicalLocation(_ range: SourceRange) -> [String: Any] {
        ["artifactLocation": ["uri": pathPrefix.apply(range.file)], "region": region(range)]
    }

    private func region(_ range: SourceRange) -> [String: Any] {
        var region: [String: Any] = [
            "startLine": range.start.line,
            "startColumn": utf16Column(range.start),
        ]
        if range.end.line >= range.start.line, range.end != range.start {
            region["endLine"] = range.end.line
            region["endColumn"] = utf16Column(range.end)
        }
        return region
    }

    /// SARIF counts columns in UTF-16 code units; ours count UTF-8 bytes.
    private func utf16Column(_ location: SourceLocation) -> Int {
        guard let source = sources[location.file], (1...source.lineCount).contains(location.line) else { return location.column }
        let line = source.line(location.line)
        let bytes = Array(line.utf8)
        let prefix = bytes.prefix(max(0, min(location.column - 1, bytes.count)))
        return String(decoding: prefix, as: UTF8.self).utf16.count + 1 + max(0, location.column - 1 - bytes.count)
    }
}
