import Foundation
import MidocsCompiler

/// One side of `midocs diff`: a spec.json, a content folder, or a git revision of the
/// repository that holds the content folder, read with `git archive` (nothing is checked
/// out). Every failure is a message for exit status 2.
struct DiffSource {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let argument: String
    /// The current content folder, whose repository revisions are read from.
    let contentFolder: URL
    let templatesFolder: URL

    func loadSpec() throws(Failure) -> Spec {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) {
            return isFolder.boolValue ? try compileFolder(URL(fileURLWithPath: argument)) : try decodeSpec(URL(fileURLWithPath: argument))
        }
        return try compileRevision()
    }

    private func decodeSpec(_ file: URL) throws(Failure) -> Spec {
        guard let data = try? Data(contentsOf: file) else { throw Failure(description: "cannot read \(argument)") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(description: "\(argument) is not JSON; give a spec.json, a content folder or a git revision")
        }
        guard let version = object["version"] as? Int else { throw Failure(description: "\(argument) is not a midocs spec.json (it has no version)") }
        guard version == Spec.formatVersion else {
            throw Failure(description: "\(argument) is spec.json format \(version); this midocs reads format \(Spec.formatVersion): build it again")
        }
        do {
            return try JSONDecoder().decode(Spec.self, from: data)
        } catch {
            throw Failure(description: "\(argument) is not a valid spec.json: \(error)")
        }
    }

    private func compileFolder(_ folder: URL) throws(Failure) -> Spec {
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        guard files.contains(where: { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") || $0 == "site.yml" }) else {
            throw Failure(description: "\(argument) is not a docs folder: it has no Markdown pages and no site.yml")
        }
        let content: Content
        do {
            content = try ContentLoader(contentFolder: folder, templatesFolder: templatesFolder).load()
        } catch {
            throw Failure(description: "cannot read \(argument): \(error)")
        }
        let compilation = compile(content)
        let errors = compilation.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { printError("midocs: note: \(argument) has \(errors) error\(errors == 1 ? "" : "s"); comparing what could be read") }
        return compilation.spec
    }

    /// The content folder as it was at the revision, extracted into a temporary folder.
    private func compileRevision() throws(Failure) -> Spec {
        let folder = contentFolder.standardizedFileURL
        guard let top = git(["rev-parse", "--show-toplevel"], in: folder)?.trimmingCharacters(in: .whitespacesAndNewlines) else {
            throw Failure(description: "'\(argument)' is not a file or folder, and \(folder.path) is not in a git repository")
        }
        guard git(["rev-parse", "--verify", "--quiet", "\(argument)^{commit}"], in: folder) != nil else {
            throw Failure(description: "'\(argument)' is not a file, a folder or a revision of the repository at \(top)")
        }
        let prefix = git(["rev-parse", "--show-prefix"], in: folder)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("midocs-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let archive = scratch.appendingPathComponent("content.tar")
        let pathspec = prefix.isEmpty ? "." : prefix
        guard git(["archive", "--format=tar", "-o", archive.path, argument, "--", pathspec], in: URL(fileURLWithPath: top)) != nil,
            run("/usr/bin/env", ["tar", "-x", "-f", archive.path, "-C", scratch.path]) != nil
        else {
            throw Failure(description: "the content folder \(prefix.isEmpty ? "." : prefix) did not exist at \(argument)")
        }
        return try DiffSource(argument: argument, contentFolder: contentFolder, templatesFolder: templatesFolder)
            .compileFolder(scratch.appendingPathComponent(prefix))
    }

    private func git(_ arguments: [String], in folder: URL) -> String? {
        run("/usr/bin/env", ["git", "-C", folder.path] + arguments)
    }

    /// Standard output, or nil when the command fails.
    private func run(_ executable: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
