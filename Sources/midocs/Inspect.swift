import ArgumentParser
import Foundation
import MidocsCompiler

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shows how midocs read one page: its blocks, operations and missed request lines.",
        discussion: """
            PAGE is a slug (guide/auth) or a path, relative to the content folder or starting \
            with it (content/guide/auth.md). Each block is listed with what it became; each line \
            that looks like a request but declares no operation is listed with the reason.
            """)

    @OptionGroup var input: InputOptions

    @Argument(help: "The page to inspect.")
    var page: String

    func run() throws {
        let content = try input.load()
        let prefix = URL(fileURLWithPath: input.content).standardizedFileURL.path + "/"
        let absolute = URL(fileURLWithPath: page).standardizedFileURL.path
        let name = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : page
        guard let inspection = PageInspector().inspect(content, page: name) else {
            let suggestion = PageInspector.closestPage(to: name, in: content).map { "; did you mean '\($0)'?" } ?? ""
            printError("midocs: error: no page '\(page)' in \(input.content)\(suggestion)")
            throw ExitCode(2)
        }
        FileHandle.standardOutput.write(Data(inspection.text.utf8))
    }
}
