import XCTest
@testable import Loop

/// Which handle runs when: FIFO ready queue, timer order, tick batches.
final class OrderingTests: XCTestCase {
    func testCallSoonRunsHandlesInFIFOOrder() {
        let s = Schedule()
        for name in ["a", "b", "c"] { s.loop.callSoon(s.job(name)) }
        s.loop.runUntilIdle()
        // Expected: a, b, c, all in tick 1.
        XCTAssertEqual(s.log, ["a@1", "b@1", "c@1"])
    }

    func testHandlesScheduledDuringATickRunInTheNextTick() {
        let s = Schedule()
        s.loop.callSoon(s.job("a") { s.loop.callSoon(s.job("a2")) })
        s.loop.callSoon(s.job("b"))
        s.loop.runUntilIdle()
        // Expected: a, b in tick 1; a2 was scheduled during tick 1, so it waits for tick 2
        // even though the ready queue was not empty when a finished.
        XCTAssertEqual(s.log, ["a@1", "b@1", "a2@2"])
    }

    func testTimersWithEqualDeadlinesFireInInsertionOrder() {
        let s = Schedule()
        for name in ["t1", "t2", "t3", "t4"] { s.loop.callAt(5 * ms, s.job(name)) }
        s.loop.runUntilIdle()
        // Expected: t1, t2, t3, t4 (first set, first fired), one tick at 5 ms.
        XCTAssertEqual(s.log, ["t1@1", "t2@1", "t3@1", "t4@1"])
        XCTAssertEqual(s.loop.now, 5 * ms)
    }

    func testTimersFireInDeadlineOrderWhateverTheOrderTheyWereSet() {
        let s = Schedule()
        s.loop.callAt(30 * ms, s.timed("c"))
        s.loop.callAt(10 * ms, s.timed("a"))
        s.loop.callAt(20 * ms, s.timed("b"))
        s.loop.callAt(10 * ms, s.timed("a2"))
        s.loop.runUntilIdle()
        // Expected: a and a2 at 10 ms (in the order set), b at 20 ms, c at 30 ms.
        XCTAssertEqual(s.log, ["a@10ms", "a2@10ms", "b@20ms", "c@30ms"])
    }

    func testCallLaterZeroIsATimerNotCallSoon() {
        let s = Schedule()
        s.loop.callSoon(s.job("first") {
            s.loop.callLater(0, s.job("later0"))
            s.loop.callSoon(s.job("soon"))
        })
        s.loop.runUntilIdle()
        // Expected: "soon" runs before "later0" although it was scheduled after it: the
        // zero-delay timer only reaches the ready queue in the timer pass of tick 2, behind
        // the handle already there.
        XCTAssertEqual(s.log, ["first@1", "soon@2", "later0@2"])
    }

    func testDueTimersJoinTheBackOfTheReadyQueue() {
        let s = Schedule()
        s.loop.callAt(0, s.job("timer"))
        s.loop.callSoon(s.job("soon"))
        s.loop.runOneTick()
        // Expected: soon, then timer: the timer pass appends after what is already ready.
        XCTAssertEqual(s.log, ["soon@1", "timer@1"])
    }

    func testTimerSetForAPastDeadlineFiresAtTheNextTick() {
        let s = Schedule()
        s.loop.advance(to: 100 * ms)
        s.loop.callAt(10 * ms, s.timed("past"))
        s.loop.runUntilIdle()
        // Expected: fires at 100 ms; the clock does not go back to 10 ms.
        XCTAssertEqual(s.log, ["past@100ms"])
    }

    func testJobsCanBeValuesDispatchedByPerform() {
        var ran: [Int] = []
        let loop = EventLoop<Int>(perform: { ran.append($0) })
        loop.callLater(2 * ms, 3)
        loop.callSoon(1)
        loop.callLater(1 * ms, 2)
        loop.runUntilIdle()
        // Expected: 1 (ready), 2 (1 ms), 3 (2 ms).
        XCTAssertEqual(ran, [1, 2, 3])
    }
}
