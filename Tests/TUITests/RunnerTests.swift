import Foundation
import Trace
import XCTest
@testable import TUI

/// A terminal that replays scripted events and keeps what was drawn.
final class FakeTerminal: Terminal {
    var events: [TerminalEvent]
    var drawn: [Grid] = []
    var size: (width: Int, height: Int)
    var interrupted = false

    init(width: Int = 80, height: Int = 24, events: [TerminalEvent]) {
        size = (width, height)
        self.events = events
    }

    func draw(_ grid: Grid) { drawn.append(grid) }

    func nextEvent(timeout: Int) -> TerminalEvent? {
        if events.isEmpty { return .key(.char("q")) }
        return events.removeFirst()
    }
}

final class RunnerTests: XCTestCase {
    func environment(exported: @escaping (String) -> Void = { _ in }) throws -> Environment {
        var clock: UInt64 = 0
        return Environment(
            gallery: [Scenario(path: "asyncio_gather.py",
                               text: try String(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/asyncio_gather.py"), encoding: .utf8),
                               isFile: false)],
            load: { scenario in
                .success(try! openScenario("asyncio_gather.py", text: scenario.text).source)
            },
            reread: { .success($0) },
            exportText: { TimelineExport.text($0) },
            writeExport: { _, text in
                exported(text)
                return .success("/tmp/asyncio_gather.timeline.txt")
            },
            now: {
                clock += 100_000_000
                return clock
            })
    }

    func testOpenFromGalleryStepExportQuit() throws {
        var exportedText = ""
        let env = try environment { exportedText = $0 }
        let terminal = FakeTerminal(events: [.key(.enter), .key(.char("n")), .key(.char("e")), .resize(width: 100, height: 30),
                                             .key(.char("q"))])
        let runner = Runner(model: Model(width: 80, height: 24, gallery: env.gallery), terminal: terminal, environment: env)
        runner.run()
        XCTAssertTrue(runner.model.quitting)
        XCTAssertEqual(runner.model.viewer?.clock, 4_000_000_000)
        XCTAssertEqual(runner.model.width, 100)
        let last = try XCTUnwrap(terminal.drawn.last)
        XCTAssertEqual(last.width, 100)
        XCTAssertTrue(last.text.contains("timeline exported to /tmp/asyncio_gather.timeline.txt"), last.text)
        XCTAssertTrue(exportedText.contains("coroutine_2"), exportedText)
        XCTAssertTrue(exportedText.contains("TIMELINE"), exportedText)
    }

    func testInterruptStops() throws {
        let env = try environment()
        let terminal = FakeTerminal(events: [])
        terminal.interrupted = true
        let runner = Runner(model: Model(width: 80, height: 24, gallery: env.gallery), terminal: terminal, environment: env)
        runner.run()
        XCTAssertFalse(runner.model.quitting, "stopped by the signal, not by q")
    }

    func testTimelineExportFallback() throws {
        let text = TimelineExport.text(try openScenario("asyncio_gather.py"), glyphs: .ascii)
        XCTAssertTrue(text.hasPrefix("Scenarios/asyncio_gather.py (asyncio): 3 tasks, 9 steps, 8 ticks, 5.000 s of virtual time, finished\n"), text)
        XCTAssertTrue(text.contains("coroutine_2 #"), text)
    }
}
