import ArgumentParser

@main
struct Loopscope: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loopscope",
        abstract: "Run asynchronous Python scenarios on a deterministic virtual clock and watch them schedule.",
        subcommands: [Open.self, Run.self, Check.self, ExportCommand.self, BenchTUI.self],
        defaultSubcommand: Open.self
    )
}
