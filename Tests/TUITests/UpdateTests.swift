import Trace
import XCTest
@testable import TUI

/// The update function: moving in time, playing, selecting, prompts, panes.
final class UpdateTests: XCTestCase {
    /// Every stop forward and back gives exactly the state a replay from scratch gives.
    func testSteppingBackIsExact() throws {
        var m = try model("asyncio_gather.py")
        let trace = m.viewer!.session.trace
        var forward: [Int] = [m.viewer!.cursor]
        while true {
            let before = m.viewer!.cursor
            m.press(.right)
            if m.viewer!.cursor == before { break }
            forward.append(m.viewer!.cursor)
            XCTAssertEqual(m.viewer!.state, StateIndex.replayFromScratch(trace, count: m.viewer!.cursor + 1))
        }
        XCTAssertEqual(forward.last, trace.count - 1, "stepping reaches the end")
        var backward: [Int] = [m.viewer!.cursor]
        while m.viewer!.cursor > forward[0] {
            m.press(.left)
            backward.append(m.viewer!.cursor)
            XCTAssertEqual(m.viewer!.state, StateIndex.replayFromScratch(trace, count: m.viewer!.cursor + 1))
        }
        XCTAssertEqual(Array(backward.reversed()), forward, "back visits the same stops as forward")
    }

    /// The gather program's stops: the end of each step, and the last event before the
    /// clock moves (so the jump to t=4, where the timer fires, is a stop of its own).
    func testStopsAreStepEndsAndInstants() throws {
        var m = try model("asyncio_gather.py")
        var stops: [String] = []
        for _ in 0..<13 {
            stops.append("\(m.viewer!.state.step)@\(TimeText.seconds(m.viewer!.clock))")
            m.press(.char("l"))
        }
        XCTAssertEqual(stops, ["0@0.000", "1@0.000", "2@0.000", "2@4.000", "3@4.000", "4@4.000", "5@4.000",
                               "5@5.000", "6@5.000", "7@5.000", "8@5.000", "9@5.000", "9@5.000"])
        m.press(.char("h"), .char("h"))
        XCTAssertEqual(m.viewer!.state.step, 7)
    }

    func testSynchronousProgramStopsAtEachBlockingCall() throws {
        var m = try model("sync_subroutines.py")
        var times: [Int64] = [m.viewer!.clock]
        for _ in 0..<3 {
            m.press(.right)
            times.append(m.viewer!.clock)
        }
        XCTAssertEqual(times, [0, 5_000_000_000, 9_000_000_000, 9_000_000_000])
        XCTAssertEqual(m.viewer!.state.status(of: TaskID(0)).state, .done)
    }

    func testTicks() throws {
        var m = try model("asyncio_gather.py")
        m.press(.char("]"))
        XCTAssertEqual(m.viewer!.state.tick, 1)
        XCTAssertEqual(m.viewer!.state.step, 2, "tick 1 runs both coroutines' first steps")
        m.press(.char("]"), .char("]"))
        XCTAssertEqual(m.viewer!.state.tick, 3)
        m.press(.char("["))
        XCTAssertEqual(m.viewer!.state.tick, 2)
    }

    func testNextAndPreviousTime() throws {
        var m = try model("asyncio_gather.py")
        m.press(.char("n"))
        XCTAssertEqual(m.viewer!.clock, 4_000_000_000)
        m.press(.char("n"))
        XCTAssertEqual(m.viewer!.clock, 5_000_000_000)
        m.press(.char("N"))
        XCTAssertEqual(m.viewer!.clock, 4_000_000_000)
        m.press(.char("N"))
        XCTAssertEqual(m.viewer!.clock, 0)
    }

    func testStartAndEnd() throws {
        var m = try model("asyncio_gather.py")
        let start = m.viewer!.cursor
        m.press(.end)
        XCTAssertEqual(m.viewer!.cursor, m.viewer!.session.count - 1)
        XCTAssertEqual(m.viewer!.clock, 5_000_000_000)
        m.press(.char("g"))
        XCTAssertEqual(m.viewer!.cursor, start)
        m.press(.char("G"))
        XCTAssertEqual(m.viewer!.cursor, m.viewer!.session.count - 1)
        m.press(.home)
        XCTAssertEqual(m.viewer!.cursor, start)
    }

    func testGoToTimeBetweenEvents() throws {
        var m = try model("asyncio_gather.py")
        m.go(to: "2.5")
        XCTAssertEqual(m.viewer!.clock, 2_500_000_000)
        XCTAssertTrue(m.shown.contains("sleep → 5.000 (2.500 left)"), m.shown)
        XCTAssertTrue(m.shown.contains("sleep → 4.000 (1.500 left)"), m.shown)
        m.go(to: "250ms")
        XCTAssertEqual(m.viewer!.clock, 250_000_000)
        m.go(to: "#4")
        XCTAssertEqual(m.viewer!.state.step, 4)
        m.go(to: "99")
        XCTAssertEqual(m.viewer!.clock, 5_000_000_000, "past the end: the end")
        m.go(to: "soon")
        XCTAssertEqual(m.message?.isError, true)
        XCTAssertTrue(m.shown.contains("not a time: soon"), m.shown)
    }

    func testPromptEditing() throws {
        var m = try model("asyncio_gather.py")
        m.press(.char(":"), .char("4"), .char("x"), .backspace)
        XCTAssertEqual(m.overlay, .prompt(.gotoTime, text: "4"))
        XCTAssertTrue(m.shown.contains("go to time"), m.shown)
        m.press(.escape)
        XCTAssertNil(m.overlay)
        XCTAssertEqual(m.viewer!.clock, 0, "Esc cancels")
        m.press(.char("t"), .char("q"))
        XCTAssertFalse(m.quitting, "q is text in the prompt")
    }

    func testPlayByTime() throws {
        var m = try model("asyncio_gather.py")
        m.press(.char(" "))
        XCTAssertTrue(m.viewer!.playing)
        _ = m.update(.tick(1_000_000_000))  // 1 s of real time at 1x
        XCTAssertEqual(m.viewer!.clock, 1_000_000_000)
        m.press(.char("+"))  // 2x
        _ = m.update(.tick(1_500_000_000 / 2))
        XCTAssertEqual(m.viewer!.clock, 2_500_000_000)
        _ = m.update(.tick(1_000_000_000))
        XCTAssertEqual(m.viewer!.clock, 4_500_000_000)
        XCTAssertTrue(m.shown.contains("4.000  코루틴 2 재개"))
        _ = m.update(.tick(1_000_000_000))
        XCTAssertFalse(m.viewer!.playing, "stops at the end")
        XCTAssertEqual(m.viewer!.cursor, m.viewer!.session.count - 1)
        m.press(.char(" "))
        XCTAssertTrue(m.viewer!.playing, "space at the end replays from the start")
        XCTAssertEqual(m.viewer!.clock, 0)
    }

    func testPlayRates() throws {
        var m = try model("asyncio_gather.py")
        for _ in 0..<20 { m.press(.char("-")) }
        XCTAssertEqual(m.viewer!.rateLabel, "0.1x")
        for _ in 0..<20 { m.press(.char("+")) }
        XCTAssertEqual(m.viewer!.rateLabel, "100x")
        m.press(.char("m"))
        XCTAssertEqual(m.viewer!.rateLabel, "10 steps/s")
    }

    func testPlayBySteps() throws {
        var m = try model("asyncio_gather.py")
        let session = m.viewer!.session
        var stops = [m.viewer!.cursor]
        for _ in 0..<4 { stops.append(session.stopAfter(stops.last!)!) }
        m.press(.char("m"), .char(" "))  // 10 steps per second
        _ = m.update(.tick(300_000_000))
        XCTAssertEqual(m.viewer!.cursor, stops[3])
        _ = m.update(.tick(50_000_000))
        XCTAssertEqual(m.viewer!.cursor, stops[3], "half a step accumulates")
        _ = m.update(.tick(50_000_000))
        XCTAssertEqual(m.viewer!.cursor, stops[4])
        m.press(.char(" "))
        XCTAssertFalse(m.viewer!.playing)
    }

    func testSelectionHighlightsEverywhere() throws {
        var m = try model("asyncio_gather.py")
        m.go(to: "4")
        m.press(.char("j"), .char("j"))
        let name = m.viewer!.session.name(of: m.viewer!.selected!, in: m.viewer!.state)
        XCTAssertEqual(name, "coroutine_1")
        let grid = View.render(m)
        // The name is reversed in WAITING and in the timeline, and the source follows it.
        var reversedRows = 0
        for y in 0..<grid.height {
            let line = grid.line(y)
            if let r = line.range(of: "coroutine_1") {
                let x = line.distance(from: line.startIndex, to: r.lowerBound)
                if grid[x, y].style.attributes.contains(.reverse) { reversedRows += 1 }
            }
        }
        XCTAssertEqual(reversedRows, 2)
        XCTAssertTrue(m.shown.contains("SOURCE asyncio_gather.py:12"), m.shown)
        m.press(.char("k"))
        XCTAssertEqual(m.viewer!.session.name(of: m.viewer!.selected!, in: m.viewer!.state), "main")
        m.press(.escape)
        XCTAssertNil(m.viewer!.selected)
    }

    func testDetailsFollowSelectionAndClose() throws {
        var m = try model("asyncio_gather.py")
        m.go(to: "4")
        m.press(.enter)
        XCTAssertEqual(m.overlay, .details(scroll: 0))
        XCTAssertNotNil(m.viewer!.selected)
        m.press(.down)
        XCTAssertEqual(m.overlay, .details(scroll: 0), "the details stay open and follow the selection")
        XCTAssertTrue(m.shown.contains("history (up to t=4.000)"), m.shown)
        m.press(.escape)
        XCTAssertNil(m.overlay)
    }

    func testDetailsTotals() throws {
        var m = try model("asyncio_gather.py", width: 100, height: 30)
        m.press(.end, .down, .down, .down, .enter)  // coroutine_2
        let screen = m.shown
        XCTAssertTrue(screen.contains("running 0.000  ready 0.000  waiting 4.000  blocked 0.000"), screen)
        XCTAssertTrue(screen.contains("line 16 at t=0.000, step 0"), screen)
        XCTAssertTrue(screen.contains("async def coroutine_2():"), screen)
        XCTAssertTrue(screen.contains("parent     main"), screen)
    }

    func testFilter() throws {
        var m = try model("asyncio_gather.py")
        m.go(to: "4")
        m.press(.char("/"))
        m.type("routine_1")
        XCTAssertEqual(m.viewer!.filter, "routine_1")
        let screen = m.shown
        XCTAssertTrue(screen.contains("coroutine_1"))
        XCTAssertFalse(screen.contains("  coroutine_2 "), screen)
        XCTAssertFalse(screen.contains("main         gather"), screen)
        m.press(.char("/"), .ctrl("u"))
        m.type("")
        XCTAssertEqual(m.viewer!.filter, "")
    }

    func testTogglePanes() throws {
        var m = try model("asyncio_gather.py")
        m.press(.char("5"))
        XCTAssertFalse(m.shown.contains("─ SOURCE"))
        XCTAssertNil(Layout.compute(m).panes[.source])
        // The left column takes the whole width.
        XCTAssertEqual(Layout.compute(m).panes[.ready]?.width, 80)
        m.press(.char("5"), .char("4"))
        XCTAssertTrue(m.shown.contains("─ SOURCE"))
        XCTAssertFalse(m.shown.contains("TIMELINE"))
        for k in ["1", "2", "3", "5", "6"] { m.press(.char(Character(k))) }
        XCTAssertTrue(m.shown.contains("every pane is hidden"))
    }

    func testZoomAndPan() throws {
        var m = try model("asyncio_gather.py")
        m.go(to: "4")
        m.press(.char("i"))
        XCTAssertEqual(m.viewer!.window?.span, 2_500_000_000)
        XCTAssertTrue(m.shown.contains("(zoomed)"))
        m.press(.char("i"))
        XCTAssertEqual(m.viewer!.window?.span, 1_250_000_000)
        let start = m.viewer!.window!.start
        m.press(.char(">"))
        XCTAssertGreaterThan(m.viewer!.window!.start, start)
        m.press(.char("<"), .char("<"))
        XCTAssertLessThan(m.viewer!.window!.start, start)
        m.press(.char("o"), .char("o"))
        XCTAssertNil(m.viewer!.window, "zoomed out past the whole run: fit")
        m.press(.char("z"), .char("0"))
        XCTAssertNil(m.viewer!.window)
    }

    func testAxisBySteps() throws {
        var m = try model("asyncio_gather.py")
        m.press(.char("a"))
        XCTAssertEqual(m.viewer!.axis, .steps)
        XCTAssertTrue(m.shown.contains("TIMELINE steps 0–9"), m.shown)
    }

    func testResizeAndTooSmall() throws {
        var m = try model("asyncio_gather.py")
        _ = m.update(.resize(width: 79, height: 24))
        XCTAssertTrue(m.shown.contains("needs a terminal of at least 80x24"))
        _ = m.update(.resize(width: 120, height: 40))
        XCTAssertTrue(m.shown.contains("TIMELINE"))
    }

    func testCommands() throws {
        var m = try model("asyncio_gather.py")
        XCTAssertEqual(m.press(.char("e")), [.export])
        XCTAssertEqual(m.press(.char("r")), [.reload])
        XCTAssertEqual(m.press(.char("q")), [.quit])
        XCTAssertTrue(m.quitting)
        var n = try model("asyncio_gather.py")
        XCTAssertEqual(n.press(.ctrl("c")), [.quit])
    }

    func testExportedMessageShowsPath() throws {
        var m = try model("asyncio_gather.py")
        _ = m.update(.exported("/tmp/asyncio_gather.timeline.txt"))
        XCTAssertTrue(m.shown.contains("timeline exported to /tmp/asyncio_gather.timeline.txt"))
        _ = m.update(.tick(20_000_000_000))
        XCTAssertNil(m.message, "the message fades")
    }

    func testReloadKeepsTimeAndSelection() throws {
        var m = try model("asyncio_gather.py")
        m.go(to: "4.5")
        m.press(.down, .down)
        let edited = try String(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/asyncio_gather.py"), encoding: .utf8)
            .replacingOccurrences(of: "asyncio.sleep(5)", with: "asyncio.sleep(7)")
        _ = m.update(.reloaded(try openScenario("asyncio_gather.py", text: edited)))
        XCTAssertEqual(m.viewer!.clock, 4_500_000_000)
        XCTAssertEqual(m.viewer!.session.name(of: m.viewer!.selected!, in: m.viewer!.state), "coroutine_1")
        XCTAssertTrue(m.shown.contains("sleep → 7.000 (2.500 left)"), m.shown)
    }

    func testPicker() throws {
        let gallery = [Scenario(path: "a.py", text: "import asyncio\n", isFile: false),
                       Scenario(path: "b.py", text: "print(1)\n", isFile: false)]
        var m = Model(width: 80, height: 24, gallery: gallery)
        XCTAssertEqual(m.press(.down, .enter), [.open(1)])
        XCTAssertEqual(m.press(.char("k"), .enter), [.open(0)])
        m.press(.char("?"))
        XCTAssertTrue(m.shown.contains("help"))
        m.press(.escape)
        XCTAssertEqual(m.press(.char("q")), [.quit])
        let session = try openScenario("asyncio_gather.py")
        var n = Model(width: 80, height: 24, gallery: gallery)
        _ = n.update(.opened(session, fromGallery: true))
        XCTAssertEqual(n.screen, .viewer)
        n.press(.char("b"))
        XCTAssertTrue(n.shown.contains("scenario gallery"))
        n.press(.char("b"))
        XCTAssertTrue(n.shown.contains("TIMELINE"), "b comes back to the open scenario")
    }
}
