import XCTest
@testable import Trace

/// The log itself: compact storage, interning, every event kind, context, navigation.
final class StorageTests: XCTestCase {
    func testInterningGivesEqualStringsOneID() {
        var table = StringTable()
        let a = table.intern("worker")
        let b = table.intern("other")
        XCTAssertEqual(table.intern("worker"), a)
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(table[a], "worker")
        XCTAssertEqual(table.lookup("other"), b)
        XCTAssertNil(table.lookup("missing"))
        XCTAssertEqual(table.count, 3)  // "" is preinterned
        XCTAssertEqual(table.intern(""), .empty)
    }

    func testRepeatedNamesAddNoStrings() {
        let trace = Trace()
        let t = trace.createTask(name: "t", kind: .asyncioTask)
        for _ in 0..<1_000 { trace.output("tick\n", task: t) }
        XCTAssertEqual(trace.strings.count, 3)  // "", "t", "tick\n"
    }

    func testStoredEventsAreSixteenBytes() {
        XCTAssertEqual(MemoryLayout<RawEvent>.stride, 16)
        XCTAssertEqual(MemoryLayout<WaitReason>.size, 13)
        XCTAssertLessThanOrEqual(MemoryLayout<Span>.stride, 40)
        XCTAssertEqual(MemoryLayout<TaskStatus>.stride, 32)
    }

    func testEventsAcrossStorageChunksReadBackWithTheirTimes() {
        let trace = Trace()
        let t = trace.createTask(name: "t", kind: .asyncioTask)
        for i in 1...40_000 {
            if i % 1_000 == 0 { trace.advanceTime(to: Int64(i)) }
            trace.setLine(t, TraceLocation(line: Int32(i), column: 1))
        }
        for k in [1, 16_383, 16_384, 16_385, 32_768, 40_000] {
            XCTAssertEqual(trace.event(at: k), .taskLine(t, TraceLocation(line: Int32(k), column: 1)))
            XCTAssertEqual(trace.time(ofEvent: k), Int64(k / 1_000 * 1_000))
        }
    }

    func testEveryEventKindRoundTripsThroughStorage() {
        let trace = Trace()
        let t0 = trace.createTask(name: "main", kind: .main)
        let r0 = trace.createResource(kind: .queue, name: "q", capacity: 10)
        let list = trace.makeList([.task(t0), .resource(r0)])
        let s = trace.intern("s")
        let loc = TraceLocation(line: 12, column: -1)
        var events: [TraceEvent] = [
            .tickBegan, .stepBegan(handle: 7, task: t0), .stepBegan(handle: 8, task: nil),
            .taskCreated(TaskID(1), name: s, kind: .tornadoCoroutine, parent: t0, location: loc),
            .taskCreated(TaskID(2), name: s, kind: .thread, parent: nil, location: .unknown),
            .taskRenamed(t0, name: s), .taskLine(t0, loc),
            .output(task: nil, stream: .stderr, text: s), .output(task: t0, stream: .stdout, text: s),
            .callbackScheduled(handle: 3, label: s, location: loc), .callbackRun(handle: 3),
            .callbackCancelled(handle: 4), .timerSet(timer: 9, deadline: -5), .timerFired(timer: 9),
            .timerCancelled(timer: 10),
            .resourceCreated(ResourceID(1), kind: .boundedSemaphore, name: s, capacity: nil),
            .resourceCreated(ResourceID(2), kind: .pool, name: s, capacity: Int64.min),
            .resourceValue(r0, value: -3), .holderAdded(r0, t0), .holderRemoved(r0, t0),
            .waiterAdded(r0, t0), .waiterRemoved(r0, t0), .warning(text: s, location: loc),
            .error(text: s, location: .unknown), .deadlock(text: s),
            .libraryInternal(.task(t0)), .libraryInternal(.resource(r0)),
        ]
        let reasons: [WaitReason] = [
            .none, .sleep(until: Int64.max), .future(r0), .task(t0), .gather(list), .wait(list),
            .semaphore(r0), .lock(r0), .event(r0), .condition(r0), .queueGet(r0), .queuePut(r0),
            .poolSlot(r0), .join(list), .executor(r0), .io(until: -42, label: s), .label(s),
        ]
        events += reasons.map { .stateChanged(t0, .waiting, $0) }
        let first = trace.count
        for e in events { trace.append(e) }
        XCTAssertEqual((first..<trace.count).map { trace.event(at: $0) }, events)
        XCTAssertEqual(trace.objects(in: list), [.task(t0), .resource(r0)])
        XCTAssertEqual(Set(events.map(\.kind)).count, EventKind.allCases.count)
    }

    func testEventsCarryTheTimeStepAndTickOfTheirContext() {
        let trace = Trace()
        let t = trace.createTask(name: "t", kind: .asyncioTask)    // 0: time 0, step 0, tick 0
        trace.beginTick(at: 5)                                      // 1: tick 1 at 5
        trace.beginStep(handle: 1, task: t)                         // 2: step 1
        trace.setState(t, .running)                                 // 3
        trace.advanceTime(to: 9)
        trace.setState(t, .done)                                    // 4: time 9
        XCTAssertEqual((0..<5).map { trace.time(ofEvent: $0) }, [0, 5, 5, 5, 9])
        XCTAssertEqual((0..<5).map { trace.step(ofEvent: $0) }, [0, 0, 1, 1, 1])
        XCTAssertEqual((0..<5).map { trace.tick(ofEvent: $0) }, [0, 1, 1, 1, 1])
        XCTAssertEqual(trace.record(at: 4),
                       EventRecord(index: 4, time: 9, step: 1, tick: 1, event: .stateChanged(t, .done, .none)))
    }

    func testTimeNeverGoesBackwardsInTheTrace() {
        let trace = Trace()
        trace.advanceTime(to: 100)
        trace.advanceTime(to: 50)
        trace.beginTick(at: 10)
        XCTAssertEqual(trace.time, 100)
        XCTAssertEqual(trace.time(ofEvent: 0), 100)
    }

    func testTaskAndResourceIDsAreDenseAndCreationInfoIsKept() {
        let trace = Trace()
        let a = trace.createTask(name: "a", kind: .main)
        let b = trace.createTask(name: "b", kind: .greenlet, parent: a, location: TraceLocation(line: 3, column: 4))
        let r = trace.createResource(kind: .pool, name: "pool", capacity: 5)
        XCTAssertEqual([a, b], [TaskID(0), TaskID(1)])
        XCTAssertEqual(r, ResourceID(0))
        XCTAssertEqual(trace.taskInfo(b), TaskInfo(id: b, name: trace.intern("b"), kind: .greenlet, parent: a,
                                                   location: TraceLocation(line: 3, column: 4), createdAt: 1))
        XCTAssertEqual(trace.resourceInfo(r).capacity, 5)
        XCTAssertEqual(trace.resourceInfo(r).kind, .pool)
        XCTAssertEqual(trace.taskCount, 2)
        XCTAssertEqual(trace.resourceCount, 1)
    }

    func testStepTickAndTimeNavigation() {
        let trace = makeSyntheticTrace(tasks: 5, seed: 1)
        for s in 1...trace.step {
            let k = try! XCTUnwrap(trace.firstEvent(ofStep: s))
            XCTAssertEqual(trace.kind(at: k), .stepBegan)
            XCTAssertEqual(trace.step(ofEvent: k), s)
            XCTAssertEqual(trace.step(ofEvent: k - 1), s - 1)
            XCTAssertEqual(trace.lastEvent(throughStep: s - 1), k - 1)
        }
        for t in 1...trace.tick {
            let k = try! XCTUnwrap(trace.firstEvent(ofTick: t))
            XCTAssertEqual(trace.kind(at: k), .tickBegan)
        }
        XCTAssertNil(trace.firstEvent(ofStep: trace.step + 1))
        XCTAssertEqual(trace.lastEvent(throughStep: trace.step), trace.count - 1)
        // Times at which something happens, walked both ways, are the distinct event times.
        let times = Array(Set((0..<trace.count).map { trace.time(ofEvent: $0) })).sorted()
        var forward: [Int64] = [0]
        while let t = trace.nextTime(after: forward.last!) { forward.append(t) }
        XCTAssertEqual(forward, times)
        var backward: [Int64] = [times.last!]
        while let t = trace.previousTime(before: backward.last!) { backward.append(t) }
        XCTAssertEqual(backward, times.reversed())
        XCTAssertEqual(trace.firstEvent(atOrAfter: times[1]).map { trace.time(ofEvent: $0) }, times[1])
    }
}
