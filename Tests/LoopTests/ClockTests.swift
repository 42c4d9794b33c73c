import XCTest
@testable import Loop

/// The virtual clock: when it jumps, when it holds still, and that it never goes back.
final class ClockTests: XCTestCase {
    func testClockJumpsToTheEarliestTimerWhenNothingIsReady() {
        let s = Schedule()
        s.loop.callLater(4 * second, s.timed("wake"))
        XCTAssertTrue(s.loop.runOneTick())
        // Expected: no real waiting; now is exactly the deadline.
        XCTAssertEqual(s.loop.now, 4 * second)
        XCTAssertEqual(s.log, ["wake@4000ms"])
    }

    func testClockHoldsStillWhileHandlesAreReady() {
        let s = Schedule()
        s.loop.callLater(1 * second, s.timed("timer"))
        s.loop.callSoon(s.job("a"))
        s.loop.callSoon(s.job("b") { s.loop.callSoon(s.job("c")) })
        s.loop.runOneTick()
        s.loop.runOneTick()
        // Expected: a, b in tick 1 and c in tick 2, still at time 0; the timer has not fired.
        XCTAssertEqual(s.log, ["a@1", "b@1", "c@2"])
        XCTAssertEqual(s.loop.now, 0)
        s.loop.runOneTick()
        XCTAssertEqual(s.log.last, "timer@1000ms")
    }

    func testTimeNeverGoesBackwards() {
        let loop = EventLoop()
        loop.advance(to: 5 * second)
        loop.advance(to: 2 * second)
        XCTAssertEqual(loop.now, 5 * second)
        loop.advance(by: -1 * second)
        XCTAssertEqual(loop.now, 5 * second)
        loop.run(until: 1 * second)
        XCTAssertEqual(loop.now, 5 * second)
    }

    func testAdvanceByModelsABlockingCallAndDueTimersFireAtTheNextTick() {
        let s = Schedule()
        s.loop.callLater(1 * second, s.timed("timer"))
        s.loop.callSoon(s.job("blocker") { s.loop.advance(by: 3 * second) })
        s.loop.callSoon(s.timed("after"))
        s.loop.runUntilIdle()
        // Expected: "after" still runs in tick 1, at 3 s (the thread was held); the 1 s timer
        // is late and fires at the next tick, at 3 s, not at 1 s.
        XCTAssertEqual(s.log, ["blocker@1", "after@3000ms", "timer@3000ms"])
    }

    func testCallLaterSaturatesInsteadOfOverflowing() {
        let s = Schedule()
        s.loop.advance(to: 10)
        s.loop.callLater(.max, s.job("never"))
        XCTAssertEqual(s.loop.nextDeadline, .max)
        s.loop.run(until: 100 * second)
        XCTAssertEqual(s.log, [])
        XCTAssertEqual(s.loop.now, 100 * second)
    }

    func testSecondsConvertToTheNearestNanosecond() {
        XCTAssertEqual(VirtualTime.nanoseconds(fromSeconds: 0.1), 100_000_000)
        XCTAssertEqual(VirtualTime.nanoseconds(fromSeconds: 1.5), 1_500_000_000)
        XCTAssertEqual(VirtualTime.nanoseconds(fromSeconds: 0.3), 300_000_000)
        XCTAssertEqual(VirtualTime.nanoseconds(fromSeconds: 2.5e-9), 3)
        XCTAssertEqual(VirtualTime.nanoseconds(fromSeconds: -0.25), -250_000_000)
        XCTAssertEqual(VirtualTime.nanoseconds(fromSeconds: .infinity), .max)
        XCTAssertEqual(VirtualTime.nanoseconds(fromSeconds: -.infinity), .min)
        XCTAssertEqual(VirtualTime.nanoseconds(fromSeconds: .nan), 0)
        XCTAssertEqual(VirtualTime.seconds(fromNanoseconds: 5_000_000_000), 5.0)
        XCTAssertEqual(VirtualTime.seconds(fromNanoseconds: 100_000_000), 0.1)
    }

    func testSecondsAreFormattedWithThreeDecimals() {
        XCTAssertEqual(VirtualTime.format(0), "0.000")
        XCTAssertEqual(VirtualTime.format(4 * second), "4.000")
        XCTAssertEqual(VirtualTime.format(1_234_500_000), "1.235")
        XCTAssertEqual(VirtualTime.format(1_234_499_999), "1.234")
        XCTAssertEqual(VirtualTime.format(999_999_999), "1.000")
        XCTAssertEqual(VirtualTime.format(12 * second + 50 * ms), "12.050")
        XCTAssertEqual(VirtualTime.format(-1_500_000_000), "-1.500")
        XCTAssertEqual(VirtualTime.format(1_500_000_000, decimals: 0), "2")
        XCTAssertEqual(VirtualTime.format(1_000_000_001, decimals: 9), "1.000000001")
        XCTAssertEqual(VirtualTime.format(.max), "9223372036.855")
    }
}
