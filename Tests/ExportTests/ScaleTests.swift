import Export
import Trace
import XCTest

/// Exports stream and do linear work: a trace with many tasks (all waiting on one
/// semaphore and one gather of every task) exports in every format with output that grows
/// with the trace. (Speed itself is measured by benchmarks, not asserted here; a quadratic
/// pass would make this test take minutes.)
final class ScaleTests: XCTestCase {
    func makeWideTrace(tasks n: Int) -> Trace {
        let trace = Trace()
        let main = trace.createTask(name: "main", kind: .main, location: TraceLocation(line: 1))
        trace.setState(main, .running)
        let sem = trace.createResource(kind: .semaphore, name: "Semaphore", capacity: 10)
        var ids: [TaskID] = []
        for i in 0..<n {
            let t = trace.createTask(name: "Task-\(i + 1)", kind: .asyncioTask, parent: main, location: TraceLocation(line: 3))
            trace.setState(t, .ready)
            ids.append(t)
        }
        trace.setState(main, .waiting, .gather(trace.makeList(ids)))
        for (i, t) in ids.enumerated() {
            trace.beginTick(at: Int64(i / 10) * 1_000_000)
            trace.beginStep(handle: UInt32(i + 1), task: t)
            trace.setState(t, .running)
            trace.append(.waiterAdded(sem, t))
            trace.setState(t, .waiting, .semaphore(sem))
        }
        for (i, t) in ids.enumerated() {
            trace.beginTick(at: Int64(n / 10 + i) * 1_000_000)
            trace.append(.waiterRemoved(sem, t))
            trace.append(.holderAdded(sem, t))
            trace.setState(t, .running)
            trace.output("task \(i) done\n", task: t)
            trace.append(.holderRemoved(sem, t))
            trace.setState(t, .done)
        }
        trace.setState(main, .running)
        trace.setState(main, .done)
        return trace
    }

    func testManyTasks() throws {
        let n = 10_000
        let trace = makeWideTrace(tasks: n)
        let source = ScenarioSource(file: "wide.py", text: "import asyncio\n\nasync def work():\n    pass\n")
        for format in ExportFormat.allCases {
            var bytes = 0, newlines = 0
            let sink = TextSink { chunk in
                bytes += chunk.count
                for b in chunk where b == 0x0A { newlines += 1 }
            }
            format.write(trace: trace, source: source, to: sink)
            try sink.finish()
            XCTAssertGreaterThan(newlines, n, "\(format)")
            XCTAssertLessThan(bytes, 5_000 * n, "\(format)")
        }
    }
}
