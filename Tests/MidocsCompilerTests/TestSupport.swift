import Foundation

@testable import MidocsCompiler

/// Paths and helpers shared by the tests.
enum TestSupport {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/MidocsCompilerTests/Fixtures")
    static let golden = repository.appendingPathComponent("Tests/MidocsCompilerTests/Golden")

    static func fixture(_ path: String) throws -> SourceFile {
        let text = try String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)
        return SourceFile(path: (path as NSString).lastPathComponent, text: text)
    }

    /// Loads the real content/ and templates/ of this repository.
    static func loadRepositoryContent() throws -> Content {
        try ContentLoader(
            contentFolder: repository.appendingPathComponent("content"),
            templatesFolder: repository.appendingPathComponent("templates")
        ).load()
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("midocs-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    struct ToolFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a program and returns what it printed, for comparing with real tools; throws
    /// when the program fails, so a test never compares with an empty answer.
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("midocs-tool-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        guard process.terminationStatus == 0 else {
            throw ToolFailure(description: "\(executable) exited with \(process.terminationStatus)")
        }
        return try String(contentsOf: output, encoding: .utf8)
    }

    /// Polls `condition` until it holds or `seconds` pass, for tests of running processes.
    static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return condition()
    }

    /// Every file below `folder`, by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                result[path] = try Data(contentsOf: url)
            }
        }
        return result
    }
}

extension TestSupport {
    /// Foundation's encoder with the layout of every JSON output: the reference midocs'
    /// own encoder is compared with.
    static func foundationJSON<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
