import XCTest
@testable import Loop

/// Cancelling timers and handles: skipped, never run, lazily purged.
final class CancellationTests: XCTestCase {
    func testCancelledTimerNeverRuns() {
        let s = Schedule()
        let t = s.loop.callLater(1 * second, s.timed("cancelled"))
        s.loop.callLater(2 * second, s.timed("kept"))
        XCTAssertTrue(s.loop.cancel(t))
        s.loop.runUntilIdle()
        // Expected: only "kept", at 2 s; the cancelled timer did not even move the clock.
        XCTAssertEqual(s.log, ["kept@2000ms"])
        XCTAssertEqual(s.loop.tick, 1)
    }

    func testCancellingAFiredTimerBeforeItRunsSkipsItsHandle() {
        let s = Schedule()
        var victim: TimerID?
        s.loop.callAt(1 * second, s.job("killer") { XCTAssertTrue(s.loop.cancel(victim!)) })
        victim = s.loop.callAt(1 * second, s.job("victim"))
        s.loop.runUntilIdle()
        // Expected: both timers moved to the ready queue in tick 1; "killer" ran first and
        // cancelled "victim", whose handle is skipped (CPython's TimerHandle.cancel()).
        XCTAssertEqual(s.log, ["killer@1"])
        XCTAssertEqual(s.loop.step, 1)
    }

    func testCancelReturnsFalseForATimerThatAlreadyRanOrWasCancelled() {
        let s = Schedule()
        let ran = s.loop.callLater(1 * ms, s.job("ran"))
        let twice = s.loop.callLater(5 * ms, s.job("twice"))
        s.loop.run(until: 2 * ms)
        XCTAssertFalse(s.loop.cancel(ran))
        XCTAssertTrue(s.loop.cancel(twice))
        XCTAssertFalse(s.loop.cancel(twice))
        XCTAssertEqual(s.log, ["ran@1"])
    }

    func testCancelledHandleIsSkippedWithoutAStep() {
        let s = Schedule()
        s.loop.callSoon(s.job("a"))
        let b = s.loop.callSoon(s.job("b"))
        s.loop.callSoon(s.job("c"))
        XCTAssertTrue(s.loop.isPending(b))
        XCTAssertTrue(s.loop.cancel(b))
        XCTAssertFalse(s.loop.isPending(b))
        XCTAssertFalse(s.loop.cancel(b))
        XCTAssertEqual(s.loop.readyCount, 2)
        s.loop.runUntilIdle()
        // Expected: a, c; two steps, not three.
        XCTAssertEqual(s.log, ["a@1", "c@1"])
        XCTAssertEqual(s.loop.step, 2)
        XCTAssertFalse(s.loop.cancel(b))
    }

    func testNextDeadlineSkipsCancelledTimers() {
        let loop = EventLoop()
        let early = loop.callAt(1 * ms, {})
        loop.callAt(7 * ms, {})
        XCTAssertEqual(loop.nextDeadline, 1 * ms)
        loop.cancel(early)
        XCTAssertEqual(loop.nextDeadline, 7 * ms)
        XCTAssertEqual(loop.timerCount, 1)
    }

    func testAReusedTimerSlotIsNotFiredByTheCancelledTimersStaleEntry() {
        let s = Schedule()
        let old = s.loop.callAt(1 * second, s.timed("old"))
        s.loop.cancel(old)
        // The new timer takes the freed slot; the old heap entry (1 s) must not fire it.
        s.loop.callAt(5 * second, s.timed("new"))
        s.loop.runUntilIdle()
        XCTAssertEqual(s.log, ["new@5000ms"])
        XCTAssertEqual(s.loop.tick, 1)
    }

    func testManyCancellationsPurgeTheHeapWithoutChangingTheOrder() {
        let s = Schedule()
        var ids: [TimerID] = []
        for i in 0..<1_500 { ids.append(s.loop.callAt(Int64(i % 10) * ms, s.job("t\(i)"))) }
        for (i, id) in ids.enumerated() where i % 3 != 0 { s.loop.cancel(id) }
        XCTAssertEqual(s.loop.timerCount, 500)
        XCTAssertLessThan(s.loop.timers.heap.count, 1_500)  // purged, not just marked
        s.loop.runUntilIdle()
        // Expected: survivors (multiples of 3) by deadline, then by the order they were set.
        let expected = (0..<1_500).filter { $0 % 3 == 0 }
            .sorted { ($0 % 10, $0) < ($1 % 10, $1) }
            .map { "t\($0)" }
        XCTAssertEqual(s.log.map { String($0.prefix(while: { $0 != "@" })) }, expected)
    }

    func testOnlyCancelledHandlesLeftMakeTheLoopIdle() {
        let loop = EventLoop()
        let h = loop.callSoon({ XCTFail("cancelled handle ran") })
        loop.cancel(h)
        XCTAssertTrue(loop.isIdle)
        XCTAssertFalse(loop.runOneTick())
        XCTAssertEqual(loop.tick, 0)
    }

    func testATickWhoseHandlesWereAllCancelledRunsNoStepAndDoesNotMoveTheClock() {
        // As in CPython's _run_once: a non-empty ready queue means "don't wait", so the
        // first tick happens at time 0 and only skips; the next one jumps to the timer.
        let s = Schedule()
        let h = s.loop.callSoon(s.job("cancelled"))
        s.loop.callAt(5 * ms, s.timed("timer"))
        s.loop.cancel(h)
        XCTAssertTrue(s.loop.runOneTick())
        XCTAssertEqual(s.loop.tick, 1)
        XCTAssertEqual(s.loop.step, 0)
        XCTAssertEqual(s.loop.now, 0)
        XCTAssertTrue(s.loop.runOneTick())
        XCTAssertEqual(s.log, ["timer@5ms"])
        XCTAssertEqual(s.loop.tick, 2)
    }
}
