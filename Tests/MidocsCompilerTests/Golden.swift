import Foundation
import Testing

/// Compares an output with its reviewed file under Golden/; `make record` (MIDOCS_RECORD=1)
/// rewrites the file instead, to be read in the diff before committing.
enum Golden {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["MIDOCS_RECORD"] == "1" }

    static func check(_ actual: Data, against path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = TestSupport.golden.appendingPathComponent(path)
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("no golden file \(path); run `make record` and review it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedText = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let actualText = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(expectedText, actualText).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedText.count, actualText.count)
            let shown = line < actualText.count ? String(actualText[line]) : "<end of output>"
            let wanted = line < expectedText.count ? String(expectedText[line]) : "<end of golden file>"
            Issue.record(
                "output differs from Golden/\(path) at line \(line + 1):\n  expected: \(wanted)\n  actual:   \(shown)",
                sourceLocation: sourceLocation)
        }
    }
}
