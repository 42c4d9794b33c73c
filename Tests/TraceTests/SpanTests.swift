import XCTest
@testable import Trace

/// Spans for timelines: cover lifetimes without gaps, agree with the state everywhere.
final class SpanTests: XCTestCase {
    func testSpansCoverEachLifetimeWithoutGapsOrOverlaps() {
        let trace = makeSyntheticTrace(tasks: 10, seed: 3)
        let spans = Spans(trace: trace)
        XCTAssertEqual(spans.taskCount, trace.taskCount)
        for i in 0..<trace.taskCount {
            let t = TaskID(UInt32(i))
            let list = spans.spans(of: t)
            XCTAssertEqual(list.first?.startEvent, trace.taskInfo(t).createdAt)
            XCTAssertEqual(list.first?.state, .created)
            for (a, b) in zip(list, list.dropFirst()) {
                XCTAssertEqual(a.endEvent, b.startEvent)
                XCTAssertEqual(a.endTime, b.startTime)
                XCTAssertFalse(a.state == b.state && a.reason == b.reason)
            }
            for s in list {
                XCTAssertLessThan(s.startEvent, s.endEvent)
                XCTAssertLessThanOrEqual(s.startTime, s.endTime)
                XCTAssertFalse(s.state.isFinished)
            }
            if let finish = spans.finish(of: t) {
                XCTAssertEqual(list.last?.endEvent, finish.event)
                XCTAssertTrue(spans.finalState(of: t)!.isFinished)
            } else {
                XCTAssertEqual(list.last?.endEvent, trace.count)
                XCTAssertEqual(list.last?.endTime, trace.time)
            }
        }
    }

    func testSpansAgreeWithTheStateAtEveryEvent() {
        let trace = makeSyntheticTrace(tasks: 6, seed: 8)
        let spans = Spans(trace: trace)
        let index = StateIndex(trace: trace)
        for k in 0..<trace.count {
            let state = index.state(at: k)
            for (i, status) in state.tasks.enumerated() {
                let list = spans.spans(of: TaskID(UInt32(i)))
                if let span = list.first(where: { $0.startEvent <= k && k < $0.endEvent }) {
                    XCTAssertEqual(span.state, status.state, "task \(i) at \(k)")
                    XCTAssertEqual(span.reason, status.reason)
                    XCTAssertEqual(span.startEvent, status.since)
                } else {
                    XCTAssertTrue(status.state.isFinished, "task \(i) has no span at \(k)")
                }
            }
        }
    }

    func testRepeatedIdenticalStatesExtendOneSpanAndLiveSpansGrowWithTheTrace() {
        let trace = Trace()
        let t = trace.createTask(name: "t", kind: .asyncioTask)   // 0
        trace.setState(t, .ready)                                  // 1
        trace.advanceTime(to: 10)
        trace.setState(t, .ready)                                  // 2: same state, no new span
        trace.setState(t, .waiting, .sleep(until: 50))             // 3
        trace.setState(t, .blocked, .io(until: 50, label: trace.intern("GET")))  // 4
        trace.setState(t, .blocked, .io(until: 50, label: trace.intern("GET")))  // 5: same
        trace.setState(t, .waiting, .sleep(until: 50))             // 6
        let spans = Spans(trace: trace)
        XCTAssertEqual(spans.spans(of: t).map(\.state), [.created, .ready, .waiting, .blocked, .waiting])
        XCTAssertEqual(spans.spans(of: t)[3].endEvent, 6)
        XCTAssertEqual(StateIndex(trace: trace).state(at: 5).status(of: t).since, 4)
        XCTAssertEqual(spans.spans(of: t)[1].startTime, 0)
        XCTAssertEqual(spans.spans(of: t)[1].endEvent, 3)
        trace.advanceTime(to: 50)
        trace.setState(t, .ready)                                  // 7
        trace.advanceTime(to: 60)
        XCTAssertEqual(spans.spans(of: t).last, Span(reason: .none, state: .ready, start: 7, end: 8,
                                                     startTime: 50, endTime: 60))
        trace.setState(t, .done)                                   // 8
        trace.setState(t, .ready)                                  // after the end: ignored
        XCTAssertEqual(spans.spans(of: t).map(\.state), [.created, .ready, .waiting, .blocked, .waiting, .ready])
        XCTAssertEqual(spans.finalState(of: t), .done)
        XCTAssertEqual(StateIndex(trace: trace).state(at: 9).status(of: t).state, .done)
        XCTAssertEqual(spans.finish(of: t)?.time, 60)
    }
}
