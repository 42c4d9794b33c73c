import Trace
import XCTest
@testable import TUI

/// Screens as plain text at 80x24 and 160x48 (Tests/TUITests/Snapshots; LOOPSCOPE_RECORD=1
/// re-records). Each was checked by hand against what the program does.
final class SnapshotTests: XCTestCase {
    func testAsyncioGatherAtStart() throws {
        for (w, h) in [(80, 24), (160, 48)] {
            let m = try model("asyncio_gather.py", width: w, height: h)
            assertSnapshot(m.shown, "asyncio_gather-start-\(w)x\(h)")
        }
    }

    func testAsyncioGatherAtTimes() throws {
        for (w, h) in [(80, 24), (160, 48)] {
            for t in ["0", "4", "5"] {
                var m = try model("asyncio_gather.py", width: w, height: h)
                m.go(to: t)
                assertSnapshot(m.shown, "asyncio_gather-t\(t)-\(w)x\(h)")
            }
        }
    }

    /// At t=4 coroutine_2 has resumed and finished; coroutine_1 still sleeps until 5.
    func testAsyncioGatherCoroutine2ResumesFirst() throws {
        var m = try model("asyncio_gather.py", width: 120, height: 30)
        m.go(to: "4")
        let screen = m.shown
        XCTAssertTrue(screen.contains("4.000  코루틴 2 재개"), screen)
        XCTAssertFalse(screen.contains("5.000  코루틴 1 재개"), screen)
        XCTAssertTrue(screen.contains("coroutine_1  sleep → 5.000 (1.000 left)"), screen)
        XCTAssertTrue(screen.contains("main         gather(coroutine_1, coroutine_2✓)"), screen)
        m.go(to: "5")
        let lines = m.shown.split(separator: "\n")
        let second = try XCTUnwrap(lines.firstIndex { $0.contains("4.000  코루틴 2 재개") })
        let first = try XCTUnwrap(lines.firstIndex { $0.contains("5.000  코루틴 1 재개") })
        XCTAssertLessThan(second, first, "coroutine_2 resumes before coroutine_1")
    }

    func testDetailsOfSelectedTask() throws {
        var m = try model("asyncio_gather.py", width: 100, height: 30)
        m.go(to: "4")
        m.press(.down, .down, .enter)  // main, coroutine_1
        assertSnapshot(m.shown, "asyncio_gather-details-coroutine_1-t4-100x30")
    }

    func testHelp() throws {
        var m = try model("asyncio_gather.py")
        m.press(.char("?"))
        assertSnapshot(m.shown, "help-80x24")
        var wide = try model("asyncio_gather.py", width: 160, height: 48)
        wide.press(.char("?"))
        assertSnapshot(wide.shown, "help-160x48")
    }

    func testASCII() throws {
        var m = try model("asyncio_gather.py", glyphs: .ascii)
        m.go(to: "4")
        let screen = m.shown
        assertSnapshot(screen, "asyncio_gather-t4-ascii-80x24")
        for scalar in screen.unicodeScalars where scalar.value > 0x7E {
            // Only the program's own text (Korean) may be non-ASCII.
            XCTAssertTrue(scalar.value >= 0xAC00 && scalar.value <= 0xD7A3, "non-ASCII \(scalar) in --ascii screen")
        }
    }

    func testSyncSubroutinesBlocked() throws {
        for (w, h) in [(80, 24), (160, 48)] {
            var m = try model("sync_subroutines.py", width: w, height: h)
            m.go(to: "3")
            assertSnapshot(m.shown, "sync_subroutines-t3-\(w)x\(h)")
        }
        var m = try model("sync_subroutines.py", width: 120, height: 30)
        m.go(to: "3")
        XCTAssertTrue(m.shown.contains("blocked: time.sleep (thread held) → 5.000 (2.000 left)"), m.shown)
    }

    func testSequentialTasksAtEnd() throws {
        var m = try model("sequential_tasks.py")
        m.press(.end)
        assertSnapshot(m.shown, "sequential_tasks-end-80x24")
    }

    /// The gevent and tornado seeds (their runtimes are young: re-record with
    /// LOOPSCOPE_RECORD=1 after a runtime change and check the screens by eye).
    func testGeventAndTornadoSeeds() throws {
        for (name, times) in [("gevent_pool_5.py", ["0.5", "1.5"]), ("gevent_pool_30.py", ["0.5"]), ("tornado_coroutines.py", ["5"])] {
            for t in times {
                var m = try model(name)
                m.go(to: t)
                assertSnapshot(m.shown, "\(name.dropLast(3))-t\(t)-80x24")
            }
        }
    }

    func testPicker() throws {
        let gallery = try ["sync_subroutines.py", "asyncio_gather.py", "gevent_pool_5.py"].map { name in
            Scenario(path: name, text: try String(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/\(name)"), encoding: .utf8), isFile: false)
        }
        var m = Model(width: 80, height: 24, gallery: gallery)
        m.press(.down)
        assertSnapshot(m.shown, "picker-80x24")
    }

    func testTooSmall() throws {
        let m = try model("asyncio_gather.py", width: 60, height: 20)
        assertSnapshot(m.shown, "too-small-60x20")
    }
}
