import Runtimes
import Trace
import XCTest
@testable import TUI

/// The engine run a chunk at a time gives the very trace a run to the end gives.
final class EngineSteppingTests: XCTestCase {
    func trace(_ source: String, chunk: Int?, limits: Engine.Limits = Engine.Limits()) throws -> (String, Engine.Outcome?) {
        let engine = try Engine(file: "x.py", source: source)
        if let chunk {
            let stepper = EngineStepper(engine: engine, limits: limits)
            var rounds = 0
            while !stepper.isFinished && rounds < 100_000 {
                stepper.advance(events: chunk)
                rounds += 1
            }
            return (TraceJSONL.encode(engine.trace), stepper.outcome)
        }
        let outcome = engine.run(limits: limits)
        return (TraceJSONL.encode(engine.trace), outcome)
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

    /// An endless program advances a bounded amount per call and stays viewable.
    func testEndlessProgramAdvancesInChunks() throws {
        let source = "import asyncio\n\nasync def tick():\n    n = 0\n    while True:\n        await asyncio.sleep(1)\n        n += 1\n        print('tick', n)\n\nasyncio.run(tick())\n"
        let engine = try Engine(file: "endless.py", source: source)
        let stepper = EngineStepper(engine: engine)
        stepper.advance(events: 100)
        XCTAssertFalse(stepper.isFinished)
        let first = engine.trace.count
        XCTAssertGreaterThanOrEqual(first, 100)
        XCTAssertLessThan(first, 130, "a chunk stops at the next checkpoint")
        stepper.advance(events: 100)
        XCTAssertGreaterThan(engine.trace.count, first)
        XCTAssertFalse(stepper.isFinished)
    }

    /// A blocking loop in the main program (no event loop at all) also pauses.
    func testBlockingMainProgramPausesAtEachSleep() throws {
        let source = "import time\nwhile True:\n    time.sleep(1)\n    print('x')\n"
        let engine = try Engine(file: "endless.py", source: source)
        let stepper = EngineStepper(engine: engine)
        stepper.advance(events: 10)
        XCTAssertFalse(stepper.isFinished)
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
            let stepper = EngineStepper(engine: engine)
            stepper.advance(events: 50)
            XCTAssertFalse(stepper.isFinished, name)
            XCTAssertLessThan(engine.trace.taskCount, 100, "\(name): paused while the first step creates tasks")
            // (A gevent greenlet enters the trace when it first runs, in a step of its own.)
            if name == "asyncio" { XCTAssertEqual(engine.trace.step, 1, "\(name): still in the first step") }
            XCTAssertEqual(try trace(source, chunk: 50).0, try trace(source, chunk: nil).0, name)
        }
    }
}
