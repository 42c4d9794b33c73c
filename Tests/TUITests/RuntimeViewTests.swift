import Trace
import XCTest
@testable import TUI

/// What the screen says about gevent greenlets, pools and tornado coroutines is what the
/// program does (snapshots checked by eye against the program; LOOPSCOPE_RECORD=1
/// re-records), with the facts that matter asserted on their own.
final class RuntimeViewTests: XCTestCase {
    /// Pool(3).map: the five jobs are rows from the moment they exist; each slot is held by
    /// the job it was taken for; the greenlet that drives map is the library's own and
    /// hidden until `I`.
    func testGeventPoolMapShowsTheJobsHoldingTheSlots() throws {
        var m = try model("gevent_pool_map.py", width: 100, height: 30)
        m.go(to: "0.25")
        let screen = m.shown
        assertSnapshot(screen, "gevent_pool_map-t0.25-100x30")
        XCTAssertTrue(screen.contains("Pool#1   0/3 free  "), screen)
        XCTAssertTrue(screen.contains("  held by work(0), work(2), work(3)"), screen)
        // the driver has no row of its own, but the pool still names it as its waiter
        XCTAssertTrue(screen.contains("  waiting: _run()"), screen)
        XCTAssertFalse(screen.contains("\n_run()") || screen.contains("\n  _run()"), screen)
        XCTAssertTrue(screen.contains("\n  work(4)    "), "work(4) exists (created, its slot not yet free):\n\(screen)")
        m.press(.char("I"))
        let all = m.shown
        assertSnapshot(all, "gevent_pool_map-t0.25-internals-100x30")
        XCTAssertTrue(all.contains("\n_run()   pool slot Pool#1 (1st in line)"), all)
        XCTAssertTrue(all.contains("\n  _run()     █"), all)
    }

    /// Pool(30) before the first loop step: main has spawned every task (each ready, in
    /// order) and holds no slot; the pool's slots are held by the tasks.
    func testGeventPool30AtItsFirstStep() throws {
        var m = try model("gevent_pool_30.py", width: 100, height: 30)
        m.press(.home)
        m.press(.right)
        let screen = m.shown
        assertSnapshot(screen, "gevent_pool_30-step1-100x30")
        XCTAssertFalse(screen.contains("held by main"), screen)
    }

    /// tornado @gen.coroutine: at t=2 runner() waits for both coroutines, which sleep.
    func testTornadoCoroutinesAreRowsWithWhatTheyWaitFor() throws {
        var m = try model("tornado_coroutines.py", width: 100, height: 30)
        m.go(to: "2")
        let screen = m.shown
        assertSnapshot(screen, "tornado_coroutines-t2-100x30")
        XCTAssertTrue(screen.contains("runner()      gather(coroutine1(), coroutine2())"), screen)
        XCTAssertTrue(screen.contains("coroutine1()  sleep → 5.000 (3.000 left)"), screen)
        XCTAssertTrue(screen.contains("coroutine2()  sleep → 10.000 (8.000 left)"), screen)
    }
}
