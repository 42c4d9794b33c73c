import Runtimes
import Trace
import VM
import XCTest
@testable import TUI

/// `Engine.advance(budget)` pauses between steps and inside them (at an instruction
/// boundary), and the trace is the one a run to the end gives, whatever the budgets.
final class EngineSteppingTests: XCTestCase {
    /// Runs `source` in budgets of `chunk` events (nil: to the end in one call).
    func trace(_ source: String, chunk: Int?, limits: Engine.Limits = Engine.Limits()) throws -> (String, Engine.Outcome?) {
        let engine = try Engine(file: "x.py", source: source)
        engine.limits = limits
        guard let chunk else {
            let outcome = engine.run(limits: limits)
            return (TraceJSONL.encode(engine.trace), outcome)
        }
        var rounds = 0
        while case .paused = advance(engine, events: chunk), rounds < 100_000 { rounds += 1 }
        return (TraceJSONL.encode(engine.trace), engine.outcome)
    }

    /// One budget of `events` more events.
    @discardableResult
    func advance(_ engine: Engine, events: Int) -> Engine.Progress {
        engine.advance(Engine.Budget(events: engine.trace.count + events))
    }

    /// Runs with a deadline that has always passed: the engine pauses at every chance it
    /// gets (each clock check between steps, each clock checkpoint inside one).
    func pausingAtEveryChance(_ source: String) throws -> (trace: String, output: String, pauses: Int) {
        let engine = try Engine(file: "x.py", source: source)
        var output = ""
        engine.onOutput = { _, _, text in output += text }
        var pauses = 0
        while case .paused = engine.advance(Engine.Budget(deadline: 0)) { pauses += 1 }
        return (TraceJSONL.encode(engine.trace), output, pauses)
    }

    func testChunkedRunGivesTheSameTrace() throws {
        for name in ["asyncio_gather.py", "sync_subroutines.py", "sequential_tasks.py"] {
            let source = try String(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/\(name)"), encoding: .utf8)
            let whole = try trace(source, chunk: nil)
            for chunk in [1, 3, 50] {
                let chunked = try trace(source, chunk: chunk)
                XCTAssertEqual(chunked.0, whole.0, "\(name) in chunks of \(chunk)")
            }
        }
    }

    /// A computation inside the main program and inside a task pauses between two
    /// instructions and goes on exactly there: same output, same trace.
    func testAComputationPausesMidStepAndGoesOn() throws {
        let compute = "def work(n):\n    total = 0\n    for i in range(n):\n        total += i * 2 % 7\n    return total\n"
        for source in [
            compute + "print(work(300_000))\nprint(work(10))\n",
            compute + "import asyncio\n\nasync def task(n):\n    await asyncio.sleep(0.5)\n    print(n, work(200_000))\n\nasync def main():\n    await asyncio.gather(task(1), task(2))\n    print('end')\n\nasyncio.run(main())\n",
        ] {
            var whole = ""
            let (pausedTrace, paused, pauses) = try pausingAtEveryChance(source)
            let engine = try Engine(file: "x.py", source: source)
            engine.onOutput = { _, _, text in whole += text }
            _ = engine.run()
            XCTAssertGreaterThan(pauses, 10, "paused inside the computation")
            XCTAssertEqual(paused, whole)
            XCTAssertEqual(pausedTrace, TraceJSONL.encode(engine.trace))
        }
    }

    /// `while True: pass` hands control back within the budget's real time, again and
    /// again, and then stops at the compute-time budget with its message.
    func testASpinPausesOnTimeAndStopsAtTheComputeBudget() throws {
        let engine = try Engine(file: "spin.py", source: "while True:\n    pass\n")
        engine.limits = Engine.Limits(maxInstructions: .max, maxComputeTime: 300_000_000)
        var pauses = 0
        while true {
            let start = VM.monotonicNanoseconds()
            let progress = engine.advance(.realTime(milliseconds: 10))
            XCTAssertLessThan(VM.monotonicNanoseconds() - start, 200_000_000, "a pause within the budget")
            guard case .paused = progress else {
                guard case .finished(.limitReached(let message)) = progress else { return XCTFail("\(progress)") }
                XCTAssertTrue(message.contains("stopped after 0.300 s of real time computing at line "), message)
                XCTAssertTrue(message.contains("--max-instructions for a deterministic budget"), message)
                break
            }
            pauses += 1
        }
        XCTAssertGreaterThan(pauses, 5)
    }

    /// The time a computation spends paused does not count against its compute budget.
    func testTimePausedDoesNotCount() throws {
        let engine = try Engine(file: "spin.py", source: "while True:\n    pass\n")
        engine.limits = Engine.Limits(maxInstructions: .max, maxComputeTime: 200_000_000)
        for _ in 0..<3 {
            guard case .paused = engine.advance(.realTime(milliseconds: 20)) else { return XCTFail("stopped too early") }
            usleep(150_000)
        }
        XCTAssertNil(engine.outcome)
    }

    /// A task bomb at t=0 is stopped by the task budget (the clock never reaches --until).
    func testATaskBombStopsAtTheTaskBudget() throws {
        let source = "import asyncio\n\nasync def bomb():\n    asyncio.ensure_future(bomb())\n    asyncio.ensure_future(bomb())\n    await asyncio.sleep(0)\n\nasync def main():\n    await bomb()\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n"
        let (_, outcome) = try trace(source, chunk: nil, limits: Engine.Limits(until: 500_000_000, maxTasks: 1_000))
        guard case .limitReached(let message)? = outcome else { return XCTFail("\(String(describing: outcome))") }
        XCTAssertTrue(message.hasPrefix("stopped at t=0.000 s with more than 1000 live tasks"), message)
    }

    /// An endless program advances a bounded amount per call and stays viewable.
    func testEndlessProgramAdvancesInChunks() throws {
        let source = "import asyncio\n\nasync def tick():\n    n = 0\n    while True:\n        await asyncio.sleep(1)\n        n += 1\n        print('tick', n)\n\nasyncio.run(tick())\n"
        let engine = try Engine(file: "endless.py", source: source)
        advance(engine, events: 100)
        XCTAssertNil(engine.outcome)
        let first = engine.trace.count
        XCTAssertGreaterThanOrEqual(first, 100)
        XCTAssertLessThan(first, 130, "a chunk stops at the next checkpoint")
        advance(engine, events: 100)
        XCTAssertGreaterThan(engine.trace.count, first)
        XCTAssertNil(engine.outcome)
    }

    /// A blocking loop in the main program (no event loop at all) also pauses.
    func testBlockingMainProgramPausesAtEachSleep() throws {
        let source = "import time\nwhile True:\n    time.sleep(1)\n    print('x')\n"
        let engine = try Engine(file: "endless.py", source: source)
        advance(engine, events: 10)
        XCTAssertNil(engine.outcome)
        XCTAssertLessThan(engine.trace.count, 20)
        XCTAssertLessThan(engine.trace.time, 10_000_000_000)
    }

    /// One step that creates many tasks pauses between them: the viewer shows the start of
    /// `gather(*(work() for _ in range(N)))` before the step ends, and the trace is the same.
    func testAStepCreatingManyTasksPausesBetweenThem() throws {
        for (name, source) in [
            ("asyncio", "import asyncio\n\nasync def work(i):\n    await asyncio.sleep(i % 3)\n\nasync def main():\n    await asyncio.gather(*(work(i) for i in range(2000)))\n\nasyncio.run(main())\n"),
            ("gevent", "import gevent\n\ngs = [gevent.spawn(gevent.sleep, i % 3) for i in range(2000)]\ngevent.joinall(gs)\n"),
        ] {
            let engine = try Engine(file: "many.py", source: source)
            advance(engine, events: 50)
            XCTAssertNil(engine.outcome, name)
            XCTAssertLessThan(engine.trace.taskCount, 100, "\(name): paused while the first step creates tasks")
            // (A gevent greenlet enters the trace when it first runs, in a step of its own.)
            if name == "asyncio" { XCTAssertEqual(engine.trace.step, 1, "\(name): still in the first step") }
            XCTAssertEqual(try trace(source, chunk: 50).0, try trace(source, chunk: nil).0, name)
        }
    }
}
