import Export
import Runtimes
import Trace
import XCTest

/// Every format on the seed scenarios, and the text options on asyncio_gather, pinned as
/// golden files (Tests/ExportTests/Golden; reviewed by hand once; re-record with
/// LOOPSCOPE_RECORD=1 after a deliberate change, and review the diff).
final class GoldenTests: XCTestCase {
    static let extensions: [ExportFormat: String] = [.text: "txt", .json: "json", .chrome: "chrome.json", .csv: "csv"]

    /// Runs a seed scenario; skips when its runtime cannot run it yet (the run must end
    /// normally for its goldens to mean anything).
    func seed(_ name: String) throws -> RunScenario {
        let run = try RunScenario(scenario: name)
        guard case .finished(0) = run.outcome else {
            throw XCTSkip("Scenarios/\(name).py does not run to its end yet: \(run.outcome)")
        }
        return run
    }

    func checkAllFormats(_ name: String) throws {
        let run = try seed(name)
        for format in ExportFormat.allCases {
            let output = format.render(trace: run.trace, source: run.source)
            assertGolden(output, "\(name).\(GoldenTests.extensions[format]!)")
        }
    }

    func testAsyncioGather() throws { try checkAllFormats("asyncio_gather") }
    func testSyncSubroutines() throws { try checkAllFormats("sync_subroutines") }
    func testSequentialTasks() throws { try checkAllFormats("sequential_tasks") }
    func testGeventPool5() throws { try checkAllFormats("gevent_pool_5") }
    func testGeventPool30() throws { try checkAllFormats("gevent_pool_30") }
    func testTornadoCoroutines() throws { try checkAllFormats("tornado_coroutines") }

    func testTextOptionsOnAsyncioGather() throws {
        let run = try seed("asyncio_gather")
        func text(_ options: TextTimelineOptions) -> String {
            TextTimeline.render(trace: run.trace, source: run.source, options: options)
        }
        assertGolden(text(TextTimelineOptions(ascii: true)), "asyncio_gather.ascii.txt")
        assertGolden(text(TextTimelineOptions(width: 60, includeLog: false)), "asyncio_gather.width60.txt")
        // A fixed tick that needs more columns than fit: the chart continues in bands.
        assertGolden(text(TextTimelineOptions(width: 50, nanosecondsPerColumn: 100_000_000, includeLog: false)),
                     "asyncio_gather.tick.txt")
        assertGolden(text(TextTimelineOptions(from: 3_500_000_000, to: 5_000_000_000, tasks: "coroutine_2,main")),
                     "asyncio_gather.window.txt")
    }

    func testTourOfEveryStateAndReason() {
        let (trace, source) = makeTourTrace()
        assertGolden(TextTimeline.render(trace: trace, source: source), "tour.txt")
        assertGolden(TextTimeline.render(trace: trace, source: source, options: TextTimelineOptions(ascii: true)),
                     "tour.ascii.txt")
        assertGolden(CSVExport.render(trace: trace, source: source), "tour.csv")
        assertGolden(ChromeTraceExport.render(trace: trace, source: source), "tour.chrome.json")
        assertGolden(JSONExport.render(trace: trace, source: source), "tour.json")
    }
}
