import ArgumentParser
import Export
import Foundation
import Loop
import Runtimes
import Trace

/// `loopscope export FILE`: runs a scenario on the virtual clock and writes its timeline
/// (text, JSON, Chrome trace or CSV) to stdout or, atomically, to a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Run a scenario and export its timeline as text, JSON, Chrome trace or CSV.",
        discussion: """
            The text timeline (the default) shows one row per task on a virtual-time axis, \
            an event log and a summary. JSON holds the whole trace with derived spans; \
            chrome opens in Perfetto (ui.perfetto.dev) and chrome://tracing; csv has one \
            row per state span. See docs/EXPORT.md. A program that fails is still \
            exported; the failure goes to stderr with run's exit code (1 exception, \
            3 deadlock, 4 limit).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, chrome, csv
    }

    /// Wider lines help no one, and keep every column computation small.
    static let maximumWidth = 10_000

    @Argument(help: "The scenario file.")
    var file: String

    @Option(help: "Output format: text, json, chrome or csv.")
    var format: Format = .text

    @Option(name: [.customShort("o"), .long], help: "Write to this file (replaced only when the export succeeds) instead of stdout.")
    var output: String?

    @Option(parsing: .unconditional, help: "Text: maximum line width in columns (\(TextTimelineOptions.minimumWidth) to \(ExportCommand.maximumWidth)).")
    var width: Int = 100

    @Option(parsing: .unconditional, help: "Text: virtual seconds per chart column, instead of fitting the width.")
    var tick: Double?

    @Option(name: .customLong("from"), parsing: .unconditional, help: "Text: start of the time window, in virtual seconds.")
    var fromSeconds: Double?

    @Option(name: .customLong("to"), parsing: .unconditional, help: "Text: end of the time window, in virtual seconds.")
    var toSeconds: Double?

    @Option(help: "Text: only tasks whose name matches (comma-separated globs with * and ?; no wildcard: substring).")
    var tasks: String?

    @Flag(help: "Text: also show the tasks the libraries make for themselves (Pool.map's driver, asyncio.run's shutdown tasks).")
    var internals = false

    @Flag(help: "Text: pure ASCII characters.")
    var ascii = false

    @Flag(name: .customLong("no-log"), help: "Text: leave out the event log.")
    var noLog = false

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        if width < TextTimelineOptions.minimumWidth || width > ExportCommand.maximumWidth {
            throw ValidationError("--width must be between \(TextTimelineOptions.minimumWidth) and \(ExportCommand.maximumWidth) columns")
        }
        if let tick, !(tick > 0 && tick <= LimitOptions.maxSeconds) {
            throw ValidationError("--tick must be a positive number of seconds (at most 1e9)")
        }
        if let f = fromSeconds { try LimitOptions.checkSeconds(f, "--from") }
        if let t = toSeconds { try LimitOptions.checkSeconds(t, "--to") }
        if let f = fromSeconds, let t = toSeconds, f > t { throw ValidationError("--from must not be after --to") }
        if let tick, tick * 1e9 < 1 { throw ValidationError("--tick must be at least one nanosecond (1e-9)") }
    }

    func run() throws {
        try LargeStack.run(runCommand)
    }

    private func runCommand() throws {
        let source = try SourceFile.loadOrExit(file)
        let engine = try source.engineOrExit()
        let limits = limitOptions.engineLimits
        let outcome = engine.run(limits: limits)

        let options = TextTimelineOptions(
            width: width,
            nanosecondsPerColumn: tick.map { VirtualTime.nanoseconds(fromSeconds: $0) },
            from: fromSeconds.map { VirtualTime.nanoseconds(fromSeconds: $0) },
            to: toSeconds.map { VirtualTime.nanoseconds(fromSeconds: $0) },
            tasks: tasks, internals: internals, ascii: ascii, includeLog: !noLog)
        let scenario = ScenarioSource(file: file, text: source.text)
        let exportFormat = ExportFormat(rawValue: format.rawValue)!
        do {
            if let output {
                try OutputFile.write(to: output) { sink in
                    exportFormat.write(trace: engine.trace, source: scenario, options: options, to: sink)
                }
            } else {
                let sink = OutputFile.standardOutput()
                exportFormat.write(trace: engine.trace, source: scenario, options: options, to: sink)
                try sink.finish()
            }
        } catch {
            printError("loopscope: \(error)\n")
            throw ExitCode(2)
        }

        switch outcome {
        case .finished(let status):
            if status != 0 { throw ExitCode(status) }
        case .exception(let report):
            printError(report)
            throw ExitCode(1)
        case .deadlock(let report):
            printError(report)
            throw ExitCode(3)
        case .limitReached(let message):
            printError("loopscope: \(message)\n")
            throw ExitCode(4)
        }
    }
}
