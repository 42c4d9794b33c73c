import ArgumentParser
import Foundation
import Runtimes
import Trace
import TUI

/// `loopscope bench-tui FILE`: drives the viewer's model and view on a scenario without a
/// terminal, as the viewer does, and prints how long the user waits: the first frame after
/// launch, running to the end, each seek (G, g, t to a time, steps back, next/previous time)
/// and building a frame. Used by Benchmarks/run; not listed in the help.
struct BenchTUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-tui",
        abstract: "Measure the viewer on a scenario without a terminal (for Benchmarks/run).",
        shouldDisplay: false)

    @Argument(help: "The scenario file.")
    var file: String

    @Option(help: "Screen width.")
    var width = 200

    @Option(help: "Screen height.")
    var height = 60

    @Option(help: "Extra frames to build at the end (for profiling the view).")
    var frames = 0

    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        let source = try SourceFile.loadOrExit(file)
        let scenario = Scenario(path: file, text: source.text, isFile: true)
        let environment = Open.environment(limits: limitOptions.engineLimits)
        let clock = Stopwatch()

        // Launch: what `loopscope open FILE` does before its first draw.
        guard case .success(let traceSource) = environment.load(scenario) else {
            throw ValidationError("\(file) does not load")
        }
        var model = Model(width: width, height: height, session: Session(scenario: scenario, source: traceSource))
        _ = View.render(model)
        let firstFrame = clock.lap()

        // The engine runs ahead to the end, one chunk per frame as the runner does.
        var chunks = 0
        while !traceSource.isComplete {
            traceSource.advance(events: EngineBudget.chunk)
            model.viewer?.session.update()
            chunks += 1
        }
        _ = model.update(.advanced)
        let toEnd = clock.lap()
        let trace = traceSource.trace

        print("scenario: \(URL(fileURLWithPath: file).lastPathComponent) (\(width)x\(height))")
        print(String(format: "first frame: %.1f ms", firstFrame * 1e3))
        print(String(format: "run to the end: %.2f s (%d events, %d chunks)", toEnd, trace.count, chunks))
        print("trace: \(trace.count * 16 / 1_048_576) MiB of events (16 bytes per event) + \(trace.strings.count) strings")

        // Seeks: each key's update plus the frame it leads to.
        let end = String(format: "%.3f", Double(trace.time) / 2e9)
        let seeks: [(String, [Key])] = [
            ("G (end)", [.char("G")]), ("g (start)", [.char("g")]), ("G again", [.char("G")]),
            ("step back", [.left]), ("tick back", [.char("[")]), ("previous time", [.char("N")]),
            ("t \(end) (middle)", [.char("t")] + end.map { Key.char($0) } + [.enter]),
            ("step forward", [.right]), ("next time", [.char("n")]), ("g", [.char("g")]),
        ]
        var worst = 0.0
        for (label, keys) in seeks {
            _ = clock.lap()
            for k in keys { _ = model.update(.key(k)) }
            _ = View.render(model)
            let t = clock.lap()
            worst = max(worst, t)
            print(String(format: "seek %@: %.2f ms", label, t * 1e3))
        }
        print(String(format: "worst seek: %.2f ms", worst * 1e3))

        // Frame building at a few positions.
        var times: [Double] = []
        for k in [Key.char("G"), .char("N"), .char("N"), .char("g"), .char("n"), .char("n"), .left, .char("G")] {
            _ = model.update(.key(k))
            _ = clock.lap()
            _ = View.render(model)
            times.append(clock.lap())
        }
        for i in 0..<frames {
            _ = model.update(.key(i % 2 == 0 ? .char("N") : .char("n")))
            _ = View.render(model)
        }
        times.sort()
        print(String(format: "frame build: median %.2f ms, worst %.2f ms", times[times.count / 2] * 1e3, times.last! * 1e3))
    }
}

/// Seconds since the last lap.
private final class Stopwatch {
    private var last = DispatchTime.now().uptimeNanoseconds

    func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}
