import XCTest
@testable import Trace

/// State at an event: checkpoints + replay agree with a replay from scratch everywhere.
final class StateTests: XCTestCase {
    /// States after 0, 1, ..., count events, by applying events one by one.
    private func statesFromScratch(_ trace: Trace) -> [TraceState] {
        var states = [TraceState()]
        var s = TraceState()
        trace.forEachEvent(in: 0..<trace.count) { k, e, time, step, tick in
            s.apply(e, index: k, time: time, step: step, tick: tick)
            states.append(s)
        }
        return states
    }

    func testStateAtEveryEventMatchesAReplayFromScratch() {
        for seed: UInt64 in [1, 2, 3] {
            let trace = makeSyntheticTrace(tasks: 8, seed: seed)
            let expected = statesFromScratch(trace)
            let index = StateIndex(trace: trace, interval: 16)
            XCTAssertGreaterThan(index.checkpointCount, 1)  // replay really starts from checkpoints
            for k in -1..<trace.count {
                XCTAssertEqual(index.state(at: k), expected[k + 1], "seed \(seed), event \(k)")
            }
            // Queried backwards, in random order: same answers.
            var rng = SplitMix(state: seed)
            for _ in 0..<200 {
                let k = rng.below(trace.count)
                XCTAssertEqual(index.state(at: k), expected[k + 1])
            }
        }
    }

    func testCheckpointSpacingsGiveIdenticalStates() {
        let trace = makeSyntheticTrace(tasks: 6, seed: 9)
        let dense = StateIndex(trace: trace, interval: 1, sizeFactor: 0)
        let sparse = StateIndex(trace: trace, interval: 256)
        let none = StateIndex(trace: trace, interval: Int.max / 2)
        XCTAssertEqual(dense.checkpointCount, trace.count + 1)
        XCTAssertEqual(none.checkpointCount, 1)
        for k in stride(from: trace.count - 1, through: -1, by: -1) {
            let s = dense.state(at: k)
            XCTAssertEqual(s, sparse.state(at: k))
            XCTAssertEqual(s, none.state(at: k))
        }
    }

    func testCheckpointsSpreadOutAsTheStateGrows() {
        let trace = makeSyntheticTrace(tasks: 400, seed: 4, maxSteps: 3_000)
        let fixed = StateIndex(trace: trace, interval: 64, sizeFactor: 0)
        let scaled = StateIndex(trace: trace, interval: 64, sizeFactor: 4)
        fixed.update()
        scaled.update()
        XCTAssertLessThan(scaled.checkpointCount * 4, fixed.checkpointCount)
        XCTAssertEqual(scaled.state(at: trace.count / 2), fixed.state(at: trace.count / 2))
    }

    func testReadyQueueKeepsTheOrderInWhichEntriesBecameReady() {
        let trace = Trace()
        let a = trace.createTask(name: "a", kind: .asyncioTask)
        let b = trace.createTask(name: "b", kind: .asyncioTask)
        let c = trace.createTask(name: "c", kind: .asyncioTask)
        trace.setState(b, .ready)
        trace.append(.callbackScheduled(handle: 7, label: .empty, location: .unknown))
        trace.setState(a, .ready)
        trace.setState(c, .ready)
        trace.setState(b, .ready)                  // already ready: keeps its place
        let index = StateIndex(trace: trace)
        // Expected: b, callback 7, a, c.
        XCTAssertEqual(index.state(at: trace.count - 1).readyQueue,
                       [.task(b), .callback(handle: 7), .task(a), .task(c)])
        trace.setState(b, .running)
        trace.append(.callbackRun(handle: 7))
        trace.setState(c, .waiting, .sleep(until: 5))
        let s = index.state(at: trace.count - 1)
        // Expected: only a is left; b runs; c sleeps until 5.
        XCTAssertEqual(s.readyQueue, [.task(a)])
        XCTAssertEqual(s.running, b)
        XCTAssertEqual(s.status(of: c).reason, .sleep(until: 5))
        XCTAssertEqual(s.waitingTasks, [c])
        XCTAssertEqual(s.count(of: .ready), 1)
        XCTAssertEqual(s.count(of: .running), 1)
        XCTAssertEqual(s.count(of: .waiting), 1)
    }

    func testResourceWaitersAreKeptInOrderWithHoldersAndValue() {
        let trace = Trace()
        let tasks = (0..<4).map { trace.createTask(name: "t\($0)", kind: .greenlet) }
        let pool = trace.createResource(kind: .pool, name: "pool", capacity: 1)
        trace.append(.resourceValue(pool, value: 1))
        trace.append(.holderAdded(pool, tasks[0]))
        trace.append(.resourceValue(pool, value: 0))
        for t in tasks[1...] {
            trace.append(.waiterAdded(pool, t))
            trace.setState(t, .waiting, .poolSlot(pool))
        }
        let index = StateIndex(trace: trace)
        var s = index.state(at: trace.count - 1)
        XCTAssertEqual(s.status(of: pool).holders, [tasks[0]])
        XCTAssertEqual(s.status(of: pool).waiters, [tasks[1], tasks[2], tasks[3]])
        XCTAssertEqual(s.status(of: pool).value, 0)
        // t0 leaves; t1 is served; t3 gives up (cancelled) from the middle of the queue... the end.
        trace.append(.holderRemoved(pool, tasks[0]))
        trace.append(.waiterRemoved(pool, tasks[1]))
        trace.append(.holderAdded(pool, tasks[1]))
        trace.append(.waiterRemoved(pool, tasks[3]))
        s = index.state(at: trace.count - 1)
        XCTAssertEqual(s.status(of: pool).holders, [tasks[1]])
        XCTAssertEqual(s.status(of: pool).waiters, [tasks[2]])
    }

    func testErrorsWarningsAndDeadlockAreCounted() {
        let trace = Trace()
        trace.append(.warning(text: trace.intern("w"), location: .unknown))
        trace.append(.error(text: trace.intern("boom"), location: .unknown))
        trace.append(.deadlock(text: trace.intern("all waiting")))
        let s = StateIndex(trace: trace).state(at: 2)
        XCTAssertEqual(s.warningCount, 1)
        XCTAssertEqual(s.errorCount, 1)
        XCTAssertEqual(s.lastError.map(trace.string), "boom")
        XCTAssertEqual(s.deadlock.map(trace.string), "all waiting")
    }

    func testTheIndexFollowsAGrowingTrace() {
        let full = makeSyntheticTrace(tasks: 5, seed: 11)
        let growing = Trace()
        let index = StateIndex(trace: growing, interval: 8)
        let expected = statesFromScratch(full)
        // Copy the events over in bursts, querying in between.
        var k = 0
        while k < full.count {
            let end = min(full.count, k + 37)
            for i in k..<end {
                growing.advanceTime(to: full.time(ofEvent: i))
                growing.append(full.event(at: i))
            }
            k = end
            XCTAssertEqual(index.state(at: k - 1), expected[k])
            XCTAssertEqual(index.state(at: k / 2), expected[k / 2 + 1])
        }
    }

    func testCursorMovesBackAsCheaplyAndExactlyAsForward() {
        let trace = makeSyntheticTrace(tasks: 8, seed: 5)
        let expected = statesFromScratch(trace)
        let cursor = TraceCursor(index: StateIndex(trace: trace, interval: 32))
        XCTAssertEqual(cursor.position, -1)
        var rng = SplitMix(state: 77)
        for _ in 0..<300 {
            switch rng.below(4) {
            case 0: cursor.forward()
            case 1: cursor.back()
            case 2: cursor.forward(by: rng.below(100))
            default: cursor.move(to: rng.below(trace.count + 10) - 5)
            }
            XCTAssertEqual(cursor.state, expected[cursor.position + 1])
        }
    }

    func testCursorStepsAndTicks() {
        let trace = makeSyntheticTrace(tasks: 4, seed: 6)
        let cursor = TraceCursor(index: StateIndex(trace: trace))
        cursor.stepForward()  // completes step 0 (the main program before the loop)
        XCTAssertEqual(cursor.position, trace.firstEvent(ofStep: 1)! - 1)
        cursor.stepForward()
        XCTAssertEqual(cursor.state.step, 1)
        XCTAssertEqual(cursor.position, trace.firstEvent(ofStep: 2)! - 1)
        cursor.stepBack()
        XCTAssertEqual(cursor.position, trace.firstEvent(ofStep: 1)! - 1)
        // The end of step 0 is tick 1's tickBegan; completing the tick goes to its end.
        XCTAssertEqual(cursor.state.tick, 1)
        cursor.tickForward()
        XCTAssertEqual(cursor.state.tick, 1)
        XCTAssertEqual(cursor.position, trace.firstEvent(ofTick: 2)! - 1)
        cursor.tickForward()
        XCTAssertEqual(cursor.position, trace.firstEvent(ofTick: 3)! - 1)
        cursor.tickBack()
        XCTAssertEqual(cursor.position, trace.firstEvent(ofTick: 2)! - 1)
        cursor.tickBack()
        XCTAssertEqual(cursor.position, trace.firstEvent(ofTick: 1)! - 1)
        cursor.tickBack()
        XCTAssertEqual(cursor.position, -1)
        cursor.moveToTime(trace.time(ofEvent: trace.count - 1))
        XCTAssertEqual(cursor.position, trace.count - 1)
        cursor.moveToTime(-1)
        XCTAssertEqual(cursor.position, -1)
    }
}
