import ArgumentParser

@main
struct Midocs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "midocs",
        abstract: "Compiles a folder of Markdown API documentation into a checked site and spec.",
        subcommands: [Build.self, SpecCommand.self],
        defaultSubcommand: Build.self)
}
