@testable import Export
import Runtimes
import Trace
import XCTest

/// The spans every format is built from cover each task's lifetime exactly, and the
/// totals add up, on the seed scenarios, the tour and many random traces.
final class SpanPropertyTests: XCTestCase {
    static let scenarios = ["asyncio_gather", "sync_subroutines", "sequential_tasks", "gevent_pool_5",
                            "gevent_pool_30", "tornado_coroutines"]

    /// Traces to check: the seed scenarios (whatever their outcome), the tour, random ones.
    static func traces() throws -> [(String, Trace)] {
        var all: [(String, Trace)] = []
        for name in scenarios { all.append((name, try RunScenario(scenario: name).trace)) }
        all.append(("tour", makeTourTrace().0))
        for seed in UInt64(1)...40 { all.append(("random \(seed)", makeRandomTrace(seed: seed))) }
        return all
    }

    func testSpansCoverEachLifetimeWithoutGapsOrOverlaps() throws {
        for (name, trace) in try SpanPropertyTests.traces() {
            let spans = Spans(trace: trace)
            for i in 0..<trace.taskCount {
                let t = TaskID(UInt32(i))
                let list = spans.spans(of: t)
                let created = trace.time(ofEvent: trace.taskInfo(t).createdAt)
                let end = spans.finish(of: t)?.time ?? trace.time
                XCTAssertFalse(list.isEmpty, "\(name) task \(i) has no span")
                XCTAssertEqual(list.first?.startTime, created, "\(name) task \(i) starts late")
                XCTAssertEqual(list.first?.startEvent, trace.taskInfo(t).createdAt, "\(name) task \(i)")
                XCTAssertEqual(list.last?.endTime, end, "\(name) task \(i) ends at the wrong time")
                for (a, b) in zip(list, list.dropFirst()) {
                    XCTAssertEqual(a.endTime, b.startTime, "\(name) task \(i): gap or overlap")
                    XCTAssertEqual(a.endEvent, b.startEvent, "\(name) task \(i): gap or overlap in events")
                    XCTAssertFalse(a.state == b.state && a.reason == b.reason, "\(name) task \(i): unmerged span")
                }
                for s in list {
                    XCTAssertLessThanOrEqual(s.startTime, s.endTime, "\(name) task \(i)")
                    XCTAssertFalse(s.state.isFinished, "\(name) task \(i): a final state as a span")
                }
            }
        }
    }

    func testTotalsAddUpToTheVirtualDuration() throws {
        for (name, trace) in try SpanPropertyTests.traces() {
            let spans = Spans(trace: trace)
            for i in 0..<trace.taskCount {
                let t = TaskID(UInt32(i))
                let created = trace.time(ofEvent: trace.taskInfo(t).createdAt)
                let end = spans.finish(of: t)?.time ?? trace.time
                let totals = StateTotals(spans: spans.spans(of: t))
                // Before its creation + its lifetime + after its finish = the whole run.
                XCTAssertEqual(created + totals.total + (trace.time - end), trace.time, "\(name) task \(i)")
                XCTAssertEqual(totals.total, end - created, "\(name) task \(i)")
                // Clipped to any window, the totals are the lifetime's part in the window.
                let from = trace.time / 3, to = trace.time - trace.time / 4
                let clipped = StateTotals(spans: spans.spans(of: t), from: from, to: to)
                XCTAssertEqual(clipped.total, max(0, min(end, to) - max(created, from)), "\(name) task \(i) clipped")
                if let wait = totals.longestWait {
                    XCTAssertTrue(wait.state == .waiting || wait.state == .blocked)
                    XCTAssertEqual(totals.longestWaitDuration, wait.duration)
                }
            }
        }
    }

    /// The summary's rows agree with the spans: each number is a state's total, and they
    /// add up to the task's lifetime (to the millisecond the text shows).
    func testTextSummaryAddsUp() throws {
        for (name, trace) in try SpanPropertyTests.traces() {
            let source = ScenarioSource(file: "\(name).py", text: "")
            let names = TraceNames(trace: trace, source: source)
            let text = TextTimeline.render(trace: trace, source: source, options: TextTimelineOptions(width: 200))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let header = lines.firstIndex(where: { $0.hasPrefix("task ") && $0.contains("running") }) else {
                XCTFail("\(name): no summary table")
                continue
            }
            let columns = lines[header].split(separator: " ").dropFirst().prefix { $0 != "longest" }.map(String.init)
            let spans = Spans(trace: trace)
            for i in 0..<trace.taskCount {
                let row = lines[header + 1 + i]
                XCTAssertTrue(row.hasPrefix(names.tasks[i]), "\(name): row \(i) is \(row)")
                let fields = row.dropFirst(names.tasks[i].count).split(separator: " ").prefix(columns.count)
                let values = fields.map { Int64(($0.replacingOccurrences(of: ".", with: ""))) ?? -1 }
                let t = TaskID(UInt32(i))
                let totals = StateTotals(spans: spans.spans(of: t))
                for (column, value) in zip(columns, values) {
                    let state = TaskState.allCases.first { $0.name == column }!
                    XCTAssertEqual(value, (totals[state] + 500_000) / 1_000_000, "\(name) task \(i) \(column)")
                }
                let lifetime = (spans.finish(of: t)?.time ?? trace.time) - trace.time(ofEvent: trace.taskInfo(t).createdAt)
                XCTAssertLessThanOrEqual(abs(values.reduce(0, +) - lifetime / 1_000_000), Int64(columns.count),
                                         "\(name) task \(i): the row does not add up")
            }
            XCTAssertTrue(text.contains("total virtual time \(TimeText.seconds(trace.time)) s"), name)
        }
    }
}
