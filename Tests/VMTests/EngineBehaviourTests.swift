import Runtimes
import Trace
import XCTest

/// The engine end to end: outcomes, traces, determinism and the state at any event.
final class EngineBehaviourTests: XCTestCase {
    private func run(_ source: String, file: String = "t.py") throws -> (Engine, Engine.Outcome, String, String) {
        let engine = try Engine(file: file, source: source)
        var out = "", err = ""
        engine.onOutput = { _, stream, text in
            if stream == .stdout { out += text } else { err += text }
        }
        let outcome = engine.run()
        return (engine, outcome, out, err)
    }

    private let gather = """
    import asyncio

    async def worker(name, delay):
        print(name, "start")
        await asyncio.sleep(delay)
        print(name, "done")

    async def main():
        await asyncio.gather(worker("a", 5), worker("b", 4))

    asyncio.run(main())
    """

    func testTheSameFileGivesAByteIdenticalTrace() throws {
        let (first, _, _, _) = try run(gather)
        let (second, _, _, _) = try run(gather)
        XCTAssertEqual(TraceJSONL.encode(first.trace), TraceJSONL.encode(second.trace))
        XCTAssertGreaterThan(first.trace.count, 20)
    }

    func testStateAtEveryEventMatchesAFreshReplay() throws {
        let (engine, _, _, _) = try run(gather)
        let index = StateIndex(trace: engine.trace, interval: 8)
        index.update()
        let fresh = StateIndex(trace: engine.trace, interval: 1_000_000)
        fresh.update()
        for k in stride(from: engine.trace.count - 1, through: 0, by: -1) {
            XCTAssertEqual(index.state(at: k), fresh.state(at: k), "state differs at event \(k)")
        }
    }

    func testAtFourSecondsWorkerBResumesWhileWorkerAStillSleeps() throws {
        let (engine, _, _, _) = try run(gather)
        let trace = engine.trace
        let index = StateIndex(trace: trace)
        index.update()
        // The last event at t=4 s: b has finished, a waits for its timer until 5 s.
        var k = 0
        while k + 1 < trace.count && trace.time(ofEvent: k + 1) <= 4_000_000_000 { k += 1 }
        let state = index.state(at: k)
        let names = (0..<trace.taskCount).map { trace.string(trace.taskInfo(TaskID(UInt32($0))).name) }
        let a = names.firstIndex(of: "Task-2")!, b = names.firstIndex(of: "Task-3")!
        XCTAssertEqual(state.status(of: TaskID(UInt32(b))).state, .done)
        XCTAssertEqual(state.status(of: TaskID(UInt32(a))).state, .waiting)
        XCTAssertEqual(state.status(of: TaskID(UInt32(a))).reason, .sleep(until: 5_000_000_000))
    }

    func testAProgramThatCanNeverFinishStopsWithADeadlockReport() throws {
        let (_, outcome, _, _) = try run("""
        import asyncio

        async def main():
            await asyncio.get_running_loop().create_future()

        asyncio.run(main())
        """)
        guard case .deadlock(let report) = outcome else { return XCTFail("expected a deadlock, got \(outcome)") }
        XCTAssert(report.hasPrefix("deadlock at t=0.000"), report)
        XCTAssert(report.contains("Task-1"), report)
    }

    func testAnEndlessProgramStopsAtTheTimeLimit() throws {
        let engine = try Engine(file: "t.py", source: """
        import asyncio

        async def main():
            while True:
                await asyncio.sleep(1)

        asyncio.run(main())
        """)
        let outcome = engine.run(limits: Engine.Limits(until: 10_000_000_000))
        guard case .limitReached(let message) = outcome else { return XCTFail("expected a limit, got \(outcome)") }
        XCTAssert(message.contains("time limit t=10.000"), message)
        XCTAssertEqual(engine.now, 10_000_000_000)
    }

    func testAComputationThatNeverWaitsStopsAtTheInstructionBudget() throws {
        let engine = try Engine(file: "t.py", source: "print(\"start\")\nwhile True:\n    pass\n")
        let outcome = engine.run(limits: Engine.Limits(maxInstructions: 100_000))
        guard case .limitReached(let message) = outcome else { return XCTFail("expected a limit, got \(outcome)") }
        XCTAssert(message.contains("100000 instructions at line 2"), message)
    }

    func testTheInstructionBudgetCountsFromTheLastWait() throws {
        // 200 steps of about 2,000 instructions each: far more than the budget in total,
        // never more than it between two waits.
        let engine = try Engine(file: "t.py", source: """
        import asyncio

        async def main():
            total = 0
            for step in range(200):
                for i in range(200):
                    total += i
                await asyncio.sleep(0)
            print(total)

        asyncio.run(main())
        """)
        let outcome = engine.run(limits: Engine.Limits(maxInstructions: 10_000))
        guard case .finished(status: 0) = outcome else { return XCTFail("expected the program to finish, got \(outcome)") }
    }

    func testBlockingSleepInsideACoroutineIsFlaggedInTheTrace() throws {
        let (engine, _, out, _) = try run("""
        import asyncio, time

        async def main():
            time.sleep(2)
            print("slept")

        asyncio.run(main())
        """)
        XCTAssertEqual(out, "slept\n")
        let warnings = (0..<engine.trace.count).compactMap { k -> String? in
            if case .warning(let text, _) = engine.trace.event(at: k) { return engine.trace.string(text) }
            return nil
        }
        XCTAssert(warnings.contains { $0.contains("blocked the event loop for 2.000 s at line 4") }, "\(warnings)")
    }

    func testAnUncaughtExceptionPrintsAPythonTraceback() throws {
        let (_, outcome, _, err) = try run("def f():\n    raise ValueError('bad value')\n\nf()\n", file: "x.py")
        guard case .exception = outcome else { return XCTFail("expected an exception") }
        XCTAssertEqual(err, """
        Traceback (most recent call last):
          File "x.py", line 4, in <module>
            f()
          File "x.py", line 2, in f
            raise ValueError('bad value')
        ValueError: bad value

        """)
    }

    func testIncrementalAdvanceReachesTheSameEndAsRun() throws {
        let stepped = try Engine(file: "t.py", source: gather)
        var chunks = 0
        while case .paused = stepped.advance(Engine.Budget(steps: 1)) { chunks += 1 }
        let (whole, _, _, _) = try run(gather)
        XCTAssertGreaterThan(chunks, 3)
        XCTAssertEqual(TraceJSONL.encode(stepped.trace), TraceJSONL.encode(whole.trace))
    }

    /// grequests with the declared latency model (checked by hand: with size=2, a (0.3 s)
    /// and b (0.1 s) start together; c starts when b is done and ends at 0.3 s).
    func testGrequestsMapHonoursThePoolSizeAndDeclaredLatencies() throws {
        let (_, outcome, out, _) = try run("""
        import time
        import grequests

        LOOPSCOPE_LATENCY = {"https://a.example": 0.3, "https://b.example": 0.1, "https://c.example": 0.2}
        start = time.time()
        print([r.url for r in grequests.map([grequests.get(u) for u in LOOPSCOPE_LATENCY], size=2)])
        print(round(time.time() - start, 3))
        for r in grequests.imap([grequests.get(u) for u in LOOPSCOPE_LATENCY], size=3):
            print("imap", r.url)
        """)
        guard case .finished(0) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(out, """
        ['https://a.example', 'https://b.example', 'https://c.example']
        0.3
        imap https://b.example
        imap https://c.example
        imap https://a.example

        """)
    }

    func testUnpatchedRequestsBlockAndAnUndeclaredURLIsAClearError() throws {
        let (engine, outcome, out, err) = try run("""
        import requests
        LOOPSCOPE_LATENCY = {"https://a.example": 1.5}
        print(requests.get("https://a.example").status_code)
        requests.get("https://unknown.example")
        """)
        XCTAssertEqual(out, "200\n")
        XCTAssertEqual(engine.now, 1_500_000_000)
        guard case .exception = outcome else { return XCTFail("\(outcome)") }
        XCTAssert(err.hasSuffix("requests.ConnectionError: loopscope: no latency declared for 'https://unknown.example' in LOOPSCOPE_LATENCY\n"), err)
    }

    /// Python's default warning filter: a warning shows once per text, category and line.
    func testARepeatedWarningShowsOncePerLine() throws {
        let source = """
        async def work():
            pass

        coros = [work() for _ in range(1000)]
        del coros
        other = work()
        del other
        print("end")
        """
        let (_, _, out, err) = try run(source, file: "w.py")
        XCTAssertEqual(out, "end\n")
        XCTAssertEqual(err, """
        w.py:5: RuntimeWarning: coroutine 'work' was never awaited
          del coros
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback
        w.py:7: RuntimeWarning: coroutine 'work' was never awaited
          del other
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback

        """)
    }

    /// CPython 3.11 prints this traceback (plus caret lines, which loopscope leaves out):
    /// a line repeated more than three times in a row is counted, not repeated.
    func testRecursionTracebacksCollapseRepeatedLines() throws {
        let (_, outcome, out, err) = try run("""
        def down(n):
            return down(n + 1)


        def ping(n):
            return pong(n)


        def pong(n):
            return ping(n) if n < 10000 else 0


        try:
            ping(0)
        except RecursionError as e:
            print(e)
        down(0)
        """)
        guard case .exception = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(out, "maximum recursion depth exceeded\n")
        XCTAssertEqual(err, """
        Traceback (most recent call last):
          File "t.py", line 17, in <module>
            down(0)
          File "t.py", line 2, in down
            return down(n + 1)
          File "t.py", line 2, in down
            return down(n + 1)
          File "t.py", line 2, in down
            return down(n + 1)
          [Previous line repeated 996 more times]
        RecursionError: maximum recursion depth exceeded

        """)
    }
}
