import XCTest
@testable import Loop

/// Driving the loop: step by step, tick by tick, until a time, until idle; counting.
final class SteppingTests: XCTestCase {
    /// a, b ready; a schedules c; a timer at 1 s schedules d.
    private func makeScenario() -> Schedule {
        let s = Schedule()
        s.loop.callSoon(s.job("a") { s.loop.callSoon(s.job("c")) })
        s.loop.callSoon(s.job("b"))
        s.loop.callLater(1 * second, s.job("t") { s.loop.callSoon(s.job("d")) })
        return s
    }

    func testStepsAndTicksAreCounted() {
        let s = makeScenario()
        var seen: [String] = []
        s.loop.observer.stepBegan = { step, handle in seen.append("step\(step):\(handle)@tick\(s.loop.tick)") }
        s.loop.runUntilIdle()
        // Expected: tick 1 = a, b; tick 2 = c; tick 3 (at 1 s) = t; tick 4 = d.
        XCTAssertEqual(s.log, ["a@1", "b@1", "c@2", "t@3", "d@4"])
        XCTAssertEqual(seen, ["step1:h1@tick1", "step2:h2@tick1", "step3:h3@tick2",
                              "step4:h4@tick3", "step5:h5@tick4"])
        XCTAssertEqual(s.loop.step, 5)
        XCTAssertEqual(s.loop.tick, 4)
    }

    func testRunOneStepGivesTheSameOrderAndTicksAsRunOneTick() {
        let byTick = makeScenario()
        while byTick.loop.runOneTick() {}
        let byStep = makeScenario()
        var steps = 0
        while byStep.loop.runOneStep() { steps += 1 }
        XCTAssertEqual(byStep.log, byTick.log)
        XCTAssertEqual(steps, 5)
        XCTAssertEqual(byStep.loop.tick, byTick.loop.tick)
    }

    func testRunOneStepRemembersTheBatchOfTheTickAcrossCalls() {
        let s = makeScenario()
        XCTAssertTrue(s.loop.runOneStep())
        // After "a": still in tick 1, one handle (b) left in its batch; c is queued but
        // belongs to tick 2.
        XCTAssertEqual(s.log, ["a@1"])
        XCTAssertTrue(s.loop.isInTick)
        XCTAssertEqual(s.loop.remainingInTick, 1)
        XCTAssertEqual(s.loop.readyCount, 2)
        XCTAssertTrue(s.loop.runOneStep())
        XCTAssertFalse(s.loop.isInTick)
        XCTAssertTrue(s.loop.runOneStep())
        XCTAssertEqual(s.log, ["a@1", "b@1", "c@2"])
    }

    func testRunOneTickFinishesATickBegunByRunOneStep() {
        let s = makeScenario()
        s.loop.runOneStep()
        s.loop.runOneTick()
        // Expected: the tick completed (b), c not run.
        XCTAssertEqual(s.log, ["a@1", "b@1"])
        XCTAssertEqual(s.loop.tick, 1)
    }

    func testRunUntilADeadlineRunsWhatIsDueAndSetsTheClock() {
        let s = Schedule()
        s.loop.callLater(1 * second, s.timed("one"))
        s.loop.callLater(2 * second, s.timed("two"))
        s.loop.callLater(3 * second, s.timed("three"))
        let steps = s.loop.run(until: 2 * second + 500 * ms)
        // Expected: one and two ran; three is still pending; the clock is at the deadline.
        XCTAssertEqual(steps, 2)
        XCTAssertEqual(s.log, ["one@1000ms", "two@2000ms"])
        XCTAssertEqual(s.loop.now, 2 * second + 500 * ms)
        XCTAssertEqual(s.loop.timerCount, 1)
    }

    func testRunUntilADeadlineIncludesTimersDueExactlyAtIt() {
        let s = Schedule()
        s.loop.callLater(2 * second, s.timed("edge"))
        s.loop.run(until: 2 * second)
        XCTAssertEqual(s.log, ["edge@2000ms"])
    }

    func testRunUntilIdleAdvancesThroughEveryTimer() {
        let s = Schedule()
        func again(_ n: Int) -> () -> Void {
            s.job("s\(n)") { if n < 3 { s.loop.callLater(1 * second, again(n + 1)) } }
        }
        s.loop.callSoon(again(0))
        s.loop.runUntilIdle()
        XCTAssertEqual(s.log, ["s0@1", "s1@2", "s2@3", "s3@4"])
        XCTAssertEqual(s.loop.now, 3 * second)
        XCTAssertTrue(s.loop.isIdle)
        XCTAssertNil(s.loop.nextDeadline)
    }

    func testAnIdleLoopDoesNothing() {
        let loop = EventLoop()
        XCTAssertTrue(loop.isIdle)
        XCTAssertFalse(loop.runOneTick())
        XCTAssertFalse(loop.runOneStep())
        XCTAssertEqual(loop.runUntilIdle(), 0)
        XCTAssertEqual(loop.tick, 0)
        XCTAssertEqual(loop.step, 0)
    }

    func testMaxStepsBoundsAnEndlessProgram() {
        let loop = EventLoop()
        var spins = 0
        func spin() { spins += 1; loop.callSoon(spin) }  // while True: await sleep(0)
        loop.callSoon(spin)
        XCTAssertEqual(loop.runUntilIdle(maxSteps: 100), 100)
        XCTAssertEqual(spins, 100)
        XCTAssertEqual(loop.run(until: 5 * second, maxSteps: 10), 10)
        // The budget ran out first, so the clock did not move to the deadline.
        XCTAssertEqual(loop.now, 0)
        XCTAssertEqual(loop.tick, 110)
    }

    func testCurrentHandleIsSetOnlyWhileAHandleRuns() {
        let loop = EventLoop()
        var seen: HandleID?
        let h = loop.callSoon({ seen = loop.currentHandle })
        XCTAssertNil(loop.currentHandle)
        loop.runOneStep()
        XCTAssertEqual(seen, h)
        XCTAssertNil(loop.currentHandle)
    }

    func testObserverSeesTicksStepsAndTimersInOrder() {
        let loop = EventLoop()
        var events: [String] = []
        loop.observer.clockAdvanced = { from, to in events.append("clock \(from)->\(to)") }
        loop.observer.tickBegan = { tick, now in events.append("tick\(tick)@\(now)") }
        loop.observer.stepBegan = { step, handle in events.append("step\(step) \(handle)") }
        loop.observer.stepEnded = { step, _ in events.append("end\(step)") }
        loop.observer.timerSet = { timer, deadline in events.append("set \(timer) at \(deadline)") }
        loop.observer.timerFired = { timer, handle in events.append("fired \(timer) as \(handle)") }
        loop.observer.timerCancelled = { timer in events.append("cancelled \(timer)") }
        loop.observer.handleCancelled = { handle in events.append("cancelled \(handle)") }
        loop.callSoon({
            loop.callLater(10, {})
            let t = loop.callLater(20, {})
            loop.cancel(t)
            let h = loop.callSoon({})
            loop.cancel(h)
        })
        loop.runUntilIdle()
        XCTAssertEqual(events, [
            "tick1@0", "step1 h1",
            "set t1 at 10", "set t2 at 20", "cancelled t2", "cancelled h2",
            "end1",
            "tick2@0",                      // only the cancelled h2: skipped, no step
            "clock 0->10", "tick3@10", "fired t1 as h3", "step2 h3", "end2",
        ])
    }
}
