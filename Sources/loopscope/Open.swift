import ArgumentParser
import Export
import Foundation
import Language
import Loop
import Runtimes
import Trace
import TUI
import TUIBackend

/// `loopscope [open] [FILE]`: the terminal viewer, on a file or (without one) on the
/// gallery of bundled scenarios. The default subcommand, so `loopscope FILE` opens it.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Watch a scenario in the terminal viewer (no FILE: pick one from the built-in gallery).",
        discussion: "Press ? in the viewer for every key. Keys: Space play/pause, Right/Left step, ] [ tick, n N next/previous time, g G start/end, Up/Down select a task, Enter details, e export, r reload, q quit.")

    @Argument(help: "The scenario file. Without it, a gallery of bundled scenarios opens.")
    var file: String?

    @Flag(help: "Draw with ASCII characters only (terminals without Unicode box and block characters).")
    var ascii = false

    @OptionGroup var limitOptions: LimitOptions

    /// The viewer runs on one thread, the large-stack one `run` uses (deep recursion works
    /// the same): it steps the engine itself between frames (`Engine.advance`).
    func run() throws {
        try LargeStack.run(runCommand)
    }

    private func runCommand() throws {
        let limits = limitOptions.engineLimits
        let environment = Open.environment(limits: limits)
        let gallery = Gallery.scenarios
        var firstSession: Session?
        if let file {
            let source = try SourceFile.loadOrExit(file)
            let scenario = Scenario(path: file, text: source.text, isFile: true)
            switch environment.load(scenario) {
            case .success(let traceSource):
                firstSession = Session(scenario: scenario, source: traceSource)
            case .failure(let f):
                printError(f.message)
                throw ExitCode(2)
            }
        }

        let terminal = NcursesTerminal()
        do {
            try terminal.start(environment: ProcessInfo.processInfo.environment)
        } catch {
            printError("loopscope: \(error)\n")
            throw ExitCode(2)
        }
        defer { terminal.stop() }
        let glyphs: Glyphs = ascii || !terminal.unicode ? .ascii : .unicode
        let size = terminal.size
        let model: Model
        if let firstSession {
            model = Model(width: size.width, height: size.height, glyphs: glyphs, session: firstSession, gallery: gallery)
        } else {
            model = Model(width: size.width, height: size.height, glyphs: glyphs, gallery: gallery)
        }
        let runner = Runner(model: model, terminal: terminal, environment: environment)
        runner.run()
        terminal.stop()
        if terminal.interrupted {
            throw ExitCode(128 + terminal.signalNumber)
        }
        if runner.model.exitStatus != 0 { throw ExitCode(runner.model.exitStatus) }
    }

    /// The effects the viewer asks for: running scenarios on the engine, re-reading files,
    /// exporting.
    static func environment(limits: Engine.Limits) -> Environment {
        Environment(
            gallery: Gallery.scenarios,
            load: { scenario in
                do {
                    let engine = try Engine(file: scenario.path, source: scenario.text)
                    engine.limits = limits
                    _ = engine.advance(.realTime(milliseconds: 100, events: EngineBudget.chunk))  // something to show at once
                    return .success(EngineTraceSource(engine))
                } catch let d as Diagnostic {
                    return .failure(LoadFailure(d.render(file: scenario.path, source: scenario.text)))
                } catch {
                    return .failure(LoadFailure("\(error)"))
                }
            },
            reread: { scenario in
                guard scenario.isFile else { return .success(scenario) }
                do {
                    let source = try SourceFile.load(scenario.path)
                    return .success(Scenario(path: scenario.path, text: source.text, isFile: true))
                } catch {
                    return .failure(LoadFailure("\(error)"))
                }
            },
            exportText: { session in
                TextTimeline.render(trace: session.trace,
                                    source: ScenarioSource(file: session.scenario.path, text: session.scenario.text),
                                    options: TextTimelineOptions(width: 120))
            },
            writeExport: { scenario, text in
                let base = scenario.fileName.hasSuffix(".py") ? String(scenario.fileName.dropLast(3)) : scenario.fileName
                let name = base + ".timeline.txt"
                var candidates = [FileManager.default.currentDirectoryPath + "/" + name]
                candidates.append(NSTemporaryDirectory() + (NSTemporaryDirectory().hasSuffix("/") ? "" : "/") + name)
                for path in candidates {
                    if (try? OutputFile.write(to: path, { $0.write(text) })) != nil {
                        return .success(path)
                    }
                }
                return .failure(LoadFailure("cannot write \(candidates[0])"))
            },
            now: { DispatchTime.now().uptimeNanoseconds })
    }
}

/// The engine, run a chunk at a time, as the viewer's trace source.
final class EngineTraceSource: TraceSource {
    let engine: Engine

    init(_ engine: Engine) { self.engine = engine }

    var trace: Trace { engine.trace }

    var ending: RunEnding? {
        guard let outcome = engine.outcome else { return nil }
        switch outcome {
        case .finished(let status): return .finished(status: status)
        case .exception(let report):
            let last = report.split(separator: "\n").last.map(String.init) ?? report
            return .exception(last)
        case .deadlock(let report):
            return .deadlock(report.split(separator: "\n").first.map(String.init) ?? report)
        case .limitReached(let message): return .limit(message)
        }
    }

    /// A chunk is bounded in real time too, so keys are read at least every frame.
    func advance(events: Int) {
        let target = engine.trace.count.addingReportingOverflow(max(1, events))
        _ = engine.advance(.realTime(milliseconds: 15, events: target.overflow ? .max : target.partialValue))
    }
}
