import Trace

/// A deterministic random generator (SplitMix64), so synthetic traces are reproducible.
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

/// Writes the trace a small scheduler would: tasks that sleep, yield, take and release a
/// semaphore, print (partial lines too), schedule callbacks, gather, block the thread,
/// get renamed and finish in the three ways. Not a faithful asyncio, but every event kind
/// appears in realistic positions.
func makeSyntheticTrace(tasks n: Int, seed: UInt64, maxSteps: Int = 400) -> Trace {
    enum Entry { case task(TaskID), callback(UInt32) }
    var rng = SplitMix(state: seed)
    let trace = Trace()
    let main = trace.createTask(name: "main", kind: .main, location: TraceLocation(line: 1, column: 1))
    trace.setState(main, .running)
    let sem = trace.createResource(kind: .semaphore, name: "sem", capacity: 2)
    trace.append(.resourceValue(sem, value: 2))
    let future = trace.createResource(kind: .future, name: "fut")
    var semValue = 2
    var holders: [TaskID] = [], waiters: [TaskID] = []
    var queue: [Entry] = []
    var sleeping: [(until: Int64, seq: Int, task: TaskID, timer: UInt32)] = []
    var nextHandle: UInt32 = 1, nextTimer: UInt32 = 1, seq = 0
    var ids: [TaskID] = []
    for i in 0..<n {
        let t = trace.createTask(name: "worker-\(i)", kind: i % 3 == 0 ? .greenlet : .asyncioTask,
                                 parent: main, location: TraceLocation(line: Int32(10 + i), column: 5))
        trace.setState(t, .ready)
        queue.append(.task(t))
        ids.append(t)
    }
    trace.output("start", task: main)  // partial line, finished later
    trace.setState(main, .waiting, .gather(trace.makeList(ids)))
    var steps = 0
    while steps < maxSteps {
        if queue.isEmpty {
            guard let first = sleeping.min(by: { ($0.until, $0.seq) < ($1.until, $1.seq) }) else { break }
            trace.advanceTime(to: first.until)
        }
        trace.beginTick()
        sleeping.sort { ($0.until, $0.seq) < ($1.until, $1.seq) }
        while let s = sleeping.first, s.until <= trace.time {
            sleeping.removeFirst()
            trace.append(.timerFired(timer: s.timer))
            trace.setState(s.task, .ready)
            queue.append(.task(s.task))
        }
        let batch = queue
        queue = []
        for entry in batch {
            steps += 1
            switch entry {
            case .callback(let h):
                trace.beginStep(handle: h, task: nil)
                trace.append(.callbackRun(handle: h))
                if rng.below(2) == 0 { trace.output("callback \(h)\n", task: nil) }
                continue
            case .task(let t):
                trace.beginStep(handle: nextHandle, task: t)
                nextHandle += 1
                trace.setState(t, .running)
                trace.setLine(t, TraceLocation(line: Int32(20 + rng.below(10)), column: 9))
                func sleep(_ reason: WaitReason? = nil) {
                    let until = trace.time + Int64(1 + rng.below(3)) * 1_000_000
                    trace.append(.timerSet(timer: nextTimer, deadline: until))
                    trace.setState(t, .waiting, reason ?? .sleep(until: until))
                    seq += 1
                    sleeping.append((until, seq, t, nextTimer))
                    nextTimer += 1
                }
                func yield() { trace.setState(t, .ready); queue.append(.task(t)) }
                func release() {
                    guard let i = holders.firstIndex(of: t) else { return }
                    holders.remove(at: i)
                    trace.append(.holderRemoved(sem, t))
                    if !waiters.isEmpty {
                        let w = waiters.removeFirst()
                        trace.append(.waiterRemoved(sem, w))
                        holders.append(w)
                        trace.append(.holderAdded(sem, w))
                        trace.setState(w, .ready)
                        queue.append(.task(w))
                    } else {
                        semValue += 1
                        trace.append(.resourceValue(sem, value: Int64(semValue)))
                    }
                }
                switch rng.below(12) {
                case 0, 1: sleep()
                case 2: yield()
                case 3:
                    if holders.contains(t) { yield(); break }
                    if semValue > 0 {
                        semValue -= 1
                        holders.append(t)
                        trace.append(.holderAdded(sem, t))
                        trace.append(.resourceValue(sem, value: Int64(semValue)))
                        yield()
                    } else {
                        waiters.append(t)
                        trace.append(.waiterAdded(sem, t))
                        trace.setState(t, .waiting, .semaphore(sem))
                    }
                case 4: release(); yield()
                case 5:
                    trace.output(rng.below(2) == 0 ? "part " : "line \(t.rawValue)\nnext ", task: t)
                    yield()
                case 6:
                    let h = 10_000 + nextHandle
                    nextHandle += 1
                    trace.append(.callbackScheduled(handle: h, label: trace.intern("cb"),
                                                    location: TraceLocation(line: 3, column: 1)))
                    queue.append(.callback(h))
                    yield()
                case 7: sleep(.future(future))
                case 8:
                    trace.setState(t, .blocked, .sleep(until: trace.time + 500_000))
                    trace.advanceTime(to: trace.time + 500_000)
                    trace.setState(t, .running)
                    yield()
                case 9:
                    if rng.below(3) == 0 { trace.append(.taskRenamed(t, name: trace.intern("renamed-\(t.rawValue)"))) }
                    if rng.below(4) == 0 { trace.output("warn\n", stream: .stderr, task: t) }
                    yield()
                default:
                    release()
                    let end: TaskState = [.done, .done, .failed, .cancelled][rng.below(4)]
                    if end == .failed {
                        trace.append(.error(text: trace.intern("ValueError: boom"), location: TraceLocation(line: 22, column: 9)))
                    }
                    trace.setState(t, end)
                }
            }
        }
    }
    trace.output(" end\n", task: main)
    trace.append(.warning(text: trace.intern("coroutine never awaited"), location: TraceLocation(line: 4, column: 2)))
    return trace
}
