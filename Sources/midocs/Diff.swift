import ArgumentParser
import Foundation
import MidocsCompiler

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Lists what changed in the API between two versions of the docs, and which changes break integrators.",
        discussion: """
            OLD and NEW are each a git revision of the repository that holds the content folder \
            (HEAD~3, a tag, a branch), a content folder, or a spec.json. NEW defaults to the \
            content folder as it is. Exit status: 1 when a change at --fail-on or above is \
            not accepted in the ignore file, 2 when a side cannot be read.
            """)

    @Argument(help: "The earlier version: a git revision, a content folder or a spec.json.")
    var old: String

    @Argument(help: "The later version; the content folder by default.")
    var new: String?

    @Option(help: "The content folder, and the repository whose revisions are read.")
    var content = "content"

    @Option(help: "The folder of Mustache templates (read as a build reads it).")
    var templates = "templates"

    @Option(help: "text, json, markdown or sarif.")
    var format: DiffReport.Format = .text

    @Option(name: .customLong("fail-on"), help: "breaking, warning or none.")
    var failOn: FailLevel = .breaking

    @Option(name: .customLong("ignore-file"), help: "Accepted changes, one id and reason a line.")
    var ignoreFile = ".midocs-diff-ignore"

    enum FailLevel: String, ExpressibleByArgument {
        case breaking, warning, none
    }

    func run() throws {
        let contentFolder = URL(fileURLWithPath: content)
        let templatesFolder = URL(fileURLWithPath: templates)
        let newArgument = new ?? content
        let ignores: DiffIgnoreList
        do {
            let text = FileManager.default.fileExists(atPath: ignoreFile) ? try String(contentsOfFile: ignoreFile, encoding: .utf8) : ""
            ignores = try DiffIgnoreList(parsing: text)
        } catch {
            printError("midocs: error: \(ignoreFile): \(error)")
            throw ExitCode(2)
        }
        let oldSpec: Spec
        let newSpec: Spec
        do {
            oldSpec = try DiffSource(argument: old, contentFolder: contentFolder, templatesFolder: templatesFolder).loadSpec()
            newSpec = try DiffSource(argument: newArgument, contentFolder: contentFolder, templatesFolder: templatesFolder).loadSpec()
        } catch {
            printError("midocs: error: \(error)")
            throw ExitCode(2)
        }
        let changes = ignores.apply(to: SpecDiffer().diff(old: oldSpec, new: newSpec))
        let prefix = FileManager.default.fileExists(atPath: newArgument) && !newArgument.hasSuffix(".json") ? newArgument : content
        let report = DiffReport(
            old: old, new: newArgument, changes: changes, oldSpec: oldSpec, newSpec: newSpec,
            pathPrefix: prefix.hasSuffix("/") ? prefix : prefix + "/")
        FileHandle.standardOutput.write(Data(report.render(format).utf8))
        let level: APIChange.Level? = [.breaking: .breaking, .warning: .warning, .none: nil][failOn]!
        if report.fails(at: level) { throw ExitCode(1) }
    }
}

extension DiffReport.Format: ExpressibleByArgument {}
