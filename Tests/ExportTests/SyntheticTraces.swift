import Export
import Trace

/// A deterministic random generator (SplitMix64), so random traces are reproducible.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// A hand-written trace that uses every state, every wait reason, every final state,
/// renames, a Korean task name, partial and stderr lines, callbacks (run and cancelled),
/// a warning, an error and a deadlock, with a source text that names tasks after their
/// functions. Times are chosen so the chart and the summary can be checked by hand.
func makeTourTrace() -> (Trace, ScenarioSource) {
    let source = ScenarioSource(file: "/somewhere/else/tour.py", text: """
        import asyncio

        async def fetch(n):
            pass

        async def fetch_all():
            pass
        """)
    let s: Int64 = 1_000_000_000
    let trace = Trace()
    let main = trace.createTask(name: "main", kind: .main, location: TraceLocation(line: 1, column: 1))
    trace.setState(main, .running)
    let sem = trace.createResource(kind: .semaphore, name: "Semaphore", capacity: 1)
    trace.append(.resourceValue(sem, value: 1))
    let lock = trace.createResource(kind: .lock, name: "Lock")
    let event = trace.createResource(kind: .event, name: "Event")
    let cond = trace.createResource(kind: .condition, name: "Condition")
    let queue = trace.createResource(kind: .queue, name: "Queue", capacity: 1)
    let pool = trace.createResource(kind: .pool, name: "Pool", capacity: 2)
    let fut1 = trace.createResource(kind: .future, name: "Future")
    let fut2 = trace.createResource(kind: .future, name: "Future")
    let executor = trace.createResource(kind: .executor, name: "ThreadPoolExecutor-0", capacity: 4)

    // Tasks 1, 2: the same function (numbered labels); 3: another function; 4: a
    // program-chosen Korean name; 5: a greenlet without source; 6: a thread.
    let a = trace.createTask(name: "Task-1", kind: .asyncioTask, parent: main, location: TraceLocation(line: 3, column: 1))
    let b = trace.createTask(name: "Task-2", kind: .asyncioTask, parent: main, location: TraceLocation(line: 3, column: 1))
    let c = trace.createTask(name: "Task-3", kind: .asyncioTask, parent: main, location: TraceLocation(line: 6, column: 1))
    let d = trace.createTask(name: "Task-4", kind: .asyncioTask, parent: main, location: TraceLocation(line: 99, column: 1))
    trace.append(.taskRenamed(d, name: trace.intern("작업자")))
    let g = trace.createTask(name: "Greenlet-1", kind: .greenlet, parent: main)
    let th = trace.createTask(name: "ThreadPoolExecutor-0_0", kind: .thread)
    for t in [a, b, c, d, g, th] { trace.setState(t, .ready) }
    trace.output("partial ", task: main)
    trace.setLine(main, TraceLocation(line: 20, column: 5))
    trace.setState(main, .waiting, .gather(trace.makeList([.task(a), .task(b), .task(c), .task(d), .resource(fut1)])))

    trace.beginTick(at: 0)
    trace.beginStep(handle: 1, task: a)
    trace.setState(a, .running)
    trace.append(.holderAdded(sem, a))
    trace.append(.resourceValue(sem, value: 0))
    trace.output("a has the semaphore\n", task: a)
    trace.setLine(a, TraceLocation(line: 4, column: 9))
    trace.setState(a, .waiting, .sleep(until: 2 * s))
    trace.beginStep(handle: 2, task: b)
    trace.setState(b, .running)
    trace.append(.waiterAdded(sem, b))
    trace.setState(b, .waiting, .semaphore(sem))
    trace.beginStep(handle: 3, task: c)
    trace.setState(c, .running)
    trace.setState(c, .waiting, .lock(lock))
    trace.beginStep(handle: 4, task: d)
    trace.setState(d, .running)
    trace.output("작업자 시작\n", task: d)
    trace.setState(d, .waiting, .event(event))
    trace.beginStep(handle: 5, task: g)
    trace.setState(g, .running)
    trace.setState(g, .waiting, .poolSlot(pool))
    trace.beginStep(handle: 6, task: th)
    trace.setState(th, .running)
    trace.setState(th, .blocked, .io(until: s / 2, label: trace.intern("GET /")))
    trace.append(.callbackScheduled(handle: 7, label: trace.intern("on_tick"), location: TraceLocation(line: 9)))
    trace.append(.callbackScheduled(handle: 8, label: trace.intern("never"), location: .unknown))

    trace.beginTick(at: s / 2)
    trace.beginStep(handle: 7, task: nil)
    trace.append(.callbackRun(handle: 7))
    trace.append(.callbackCancelled(handle: 8))
    trace.setState(th, .waiting, .label(trace.intern("idle")))
    trace.setState(g, .waiting, .join(trace.makeList([th])))
    trace.setState(c, .waiting, .condition(cond))
    trace.output("partial done\nerr: something\n", stream: .stderr, task: c)
    trace.output("line\n", task: main)

    trace.beginTick(at: s)
    trace.setState(c, .waiting, .queueGet(queue))
    trace.setState(c, .waiting, .queuePut(queue))
    trace.setState(c, .waiting, .future(fut2))
    trace.setState(c, .waiting, .wait(trace.makeList([.resource(fut2), .task(a)])))
    trace.setState(c, .waiting, .executor(executor))
    trace.setState(c, .waiting, .task(a))
    trace.append(.warning(text: trace.intern("RuntimeWarning: coroutine 'x' was never awaited"), location: TraceLocation(line: 5)))

    trace.beginTick(at: 2 * s)
    trace.setState(a, .ready)
    trace.beginStep(handle: 9, task: a)
    trace.setState(a, .running)
    trace.append(.holderRemoved(sem, a))
    trace.append(.waiterRemoved(sem, b))
    trace.append(.holderAdded(sem, b))
    trace.setState(b, .ready)
    trace.setState(a, .done)
    trace.setState(c, .ready)
    trace.beginStep(handle: 10, task: b)
    trace.setState(b, .running)
    trace.setState(b, .failed)
    trace.append(.error(text: trace.intern("ValueError: bad\nsecond line"), location: TraceLocation(line: 4)))
    trace.beginStep(handle: 11, task: c)
    trace.setState(c, .running)
    trace.setState(c, .cancelled)
    trace.setState(c, .running)  // ignored: final
    trace.setState(d, .ready)
    trace.beginStep(handle: 12, task: d)
    trace.setState(d, .running)
    trace.advanceTime(to: 2 * s + s / 4)  // a blocking call inside the step
    trace.setState(d, .blocked, .sleep(until: 3 * s))
    trace.advanceTime(to: 3 * s)
    trace.setState(d, .running)
    trace.output("tail without newline", task: d)
    trace.setState(d, .waiting, .label(trace.intern("sleep(0)")))
    trace.append(.deadlock(text: trace.intern("deadlock at t=3.000: every task is waiting\n  details")))
    return (trace, source)
}

/// A random trace from a small scheduler: tasks created over time, moving between the
/// live states with random reasons and durations (zero-length spans included), finishing
/// in one of the three ways or staying alive, printing sometimes.
func makeRandomTrace(seed: UInt64, tasks n: Int = 12, steps: Int = 300) -> Trace {
    var rng = SplitMix(state: seed)
    let trace = Trace()
    let main = trace.createTask(name: "main", kind: .main, location: TraceLocation(line: 1, column: 1))
    trace.setState(main, .running)
    let sem = trace.createResource(kind: .semaphore, name: "Semaphore", capacity: 2)
    var live: [TaskID] = [main]
    var created = 1
    for step in 0..<steps {
        if rng.below(4) == 0 { trace.advanceTime(to: trace.time + Int64(rng.below(5)) * 250_000_000) }
        if rng.below(3) == 0 { trace.beginTick() }
        if created < n && rng.below(3) == 0 {
            let t = trace.createTask(name: "Task-\(created)", kind: .asyncioTask, parent: main,
                                     location: TraceLocation(line: Int32(created), column: 1))
            created += 1
            live.append(t)
            if rng.below(2) == 0 { trace.setState(t, .ready) }
            continue
        }
        guard !live.isEmpty else { break }
        let i = rng.below(live.count)
        let t = live[i]
        trace.beginStep(handle: UInt32(step + 1), task: t)
        switch rng.below(12) {
        case 0, 1: trace.setState(t, .ready)
        case 2, 3, 4: trace.setState(t, .running)
        case 5, 6: trace.setState(t, .waiting, .sleep(until: trace.time + Int64(rng.below(4)) * 500_000_000))
        case 7: trace.setState(t, .waiting, .semaphore(sem))
        case 8: trace.setState(t, .blocked, .sleep(until: trace.time + 1_000_000_000))
        case 9: trace.output("line \(step)\n", task: t)
        default:
            if t != main || live.count == 1 {
                trace.setState(t, [TaskState.done, .failed, .cancelled][rng.below(3)])
                live.remove(at: i)
            }
        }
    }
    return trace
}
