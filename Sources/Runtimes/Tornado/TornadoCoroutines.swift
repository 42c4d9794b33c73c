import Loop
import Trace
import VM

/// tornado's `gen.coroutine`s in the trace. A decorated coroutine has no fiber: its
/// generator runs inside whoever calls it (eagerly, up to its first yield) and then inside
/// the loop callbacks that `_Runner.run` is. So the library says when a coroutine begins,
/// resumes, yields a future and pauses (`_loopscope_tornado`), and this gives it a task
/// row: running while its code runs, waiting for what it yielded, ready once that is done,
/// done or failed with its result future.
final class TornadoCoroutines {
    unowned(unsafe) let engine: Engine
    /// Coroutines whose code is running, innermost last, each with the task that was
    /// current before it.
    private var running: [(task: TaskID, previous: TaskID?)] = []
    /// What each coroutine yielded last (by task index): a future, a task, or nothing.
    private var awaited: [Value] = []

    init(engine: Engine) {
        self.engine = engine
    }

    var asyncio: AsyncioRuntime { engine.asyncio }

    /// `coroutine(func)(*args)` starts: a new task for `future`'s coroutine, running now.
    func begin(_ fn: Value, _ args: Value, _ future: Future) throws {
        let trace = engine.trace
        let id = trace.createTask(name: try engine.describeCall(fn, args), kind: .tornadoCoroutine,
                                  parent: engine.currentTask, location: engine.definitionLocation(of: fn))
        future.links.task = id
        while awaited.count <= id.index { awaited.append(.none) }
        engine.taskCreated()
        enter(id)
    }

    /// The coroutine's code runs (its first step, or `_Runner.run`).
    func enter(_ id: TaskID) {
        running.append((id, engine.currentTask))
        engine.currentTask = id
        engine.trace.setState(id, .running)
    }

    /// The coroutine (its generator `gen`) yielded `value` to its runner.
    func yielded(_ id: TaskID, _ value: Value, gen: Value) {
        awaited[id.index] = value
        if case .object(let o) = gen, let g = o as? PyGenerator, let loc = g.location(inFile: engine.file) {
            engine.trace.setLine(id, TraceLocation(line: loc.line, column: loc.column))
        }
    }

    /// The coroutine's code stops running: it waits for what it yielded (or is ready at
    /// once after `gen.moment`), unless it finished or still runs further out.
    func leave(_ id: TaskID) {
        guard let k = running.lastIndex(where: { $0.task == id }) else { return }
        let entry = running.remove(at: k)
        engine.currentTask = entry.previous
        if let outer = running.last { engine.trace.setState(outer.task, .running) }
        if running.contains(where: { $0.task == id }) { return }
        let value = awaited[id.index]
        awaited[id.index] = .none
        if let f = asyncio.asFuture(value), !f.isDone {
            f.links.readies.append(id)
            engine.trace.setState(id, .waiting, reason(value, f))
        } else {
            engine.trace.setState(id, .ready)
        }
    }

    /// What a coroutine that yielded `value` (whose future is `f`) waits for.
    func reason(_ value: Value, _ f: Future) -> WaitReason {
        if case .object(let o) = value, let t = o as? Task { return .task(t.traceID) }
        if let t = f.traceTask { return .task(t) }
        return f.waitReason ?? .future(asyncio.resource(for: f))
    }

    /// The wait on a resource of this kind (the library's names: `queue_get`, ...).
    func reason(kind: String, _ r: ResourceID) -> WaitReason {
        switch kind {
        case "lock": return .lock(r)
        case "event": return .event(r)
        case "condition": return .condition(r)
        case "queue_get": return .queueGet(r)
        case "queue_put": return .queuePut(r)
        default: return .semaphore(r)
        }
    }

    /// One object of a `gen.multi` wait: a coroutine or task by its row, else the future.
    func object(_ value: Value) -> TraceObject? {
        if case .object(let o) = value, let t = o as? Task { return .task(t.traceID) }
        guard let f = asyncio.asFuture(value) else { return nil }
        if let t = f.traceTask { return .task(t) }
        return .resource(asyncio.resource(for: f))
    }

    func makeModule() -> PyModule {
        let m = PyModule(name: "_loopscope_tornado")
        func future(_ v: Value, _ vm: VM) throws -> Future {
            guard let f = asyncio.asFuture(v) else { throw vm.typeError("a Future is required, not '\(v.typeName)'") }
            return f
        }
        func task(_ v: Value, _ vm: VM) throws -> TaskID? { try future(v, vm).traceTask }
        m.def("_coroutine_begin") { [unowned self] vm, a in
            try a.expect("_coroutine_begin", 3)
            try self.begin(a[0], a[1], try future(a[2], vm))
            return .none
        }
        m.def("_coroutine_enter") { [unowned self] vm, a in
            try a.expect("_coroutine_enter", 1)
            if let id = try task(a[0], vm) { self.enter(id) }
            return .none
        }
        m.def("_coroutine_yielded") { [unowned self] vm, a in
            try a.expect("_coroutine_yielded", 3)
            if let id = try task(a[0], vm) { self.yielded(id, a[1], gen: a[2]) }
            return .none
        }
        m.def("_coroutine_leave") { [unowned self] vm, a in
            try a.expect("_coroutine_leave", 1)
            if let id = try task(a[0], vm) { self.leave(id) }
            return .none
        }
        m.def("_waits") { [unowned self] vm, a in
            // (future, kind, resource, holds): the running task waits in the resource's queue
            // until the future is done (and then holds the resource, for a lock or semaphore)
            try a.expect("_waits", 4)
            let f = try future(a[0], vm)
            let r = ResourceID(UInt32(try vm.index(a[2])))
            let task = self.engine.currentTask ?? self.engine.mainTask
            f.waitReason = self.reason(kind: a[1].stringValue ?? "", r)
            f.links.waiter = (r, task, try vm.truthy(a[3]))
            self.engine.trace.append(.waiterAdded(r, task))
            return .none
        }
        m.def("_sleep_reason") { [unowned self] vm, a in
            // gen.sleep's future: a coroutine that yields it sleeps until then
            try a.expect("_sleep_reason", 2)
            let until = VirtualTime.adding(self.engine.now, VirtualTime.nanoseconds(fromSeconds: max(0, try vm.makeFloatValue(a[1]))))
            try future(a[0], vm).waitReason = .sleep(until: until)
            return .none
        }
        m.def("_multi_reason") { [unowned self] vm, a in
            // gen.multi's future: a coroutine that yields it waits for all of its children
            try a.expect("_multi_reason", 2)
            let objects = try vm.collect(a[1]).compactMap(self.object)
            try future(a[0], vm).waitReason = .gather(self.engine.trace.makeList(objects))
            return .none
        }
        return m
    }
}

extension Engine {
    /// The tracker of tornado coroutines, created on first import of tornado.
    var tornado: TornadoCoroutines { runtime("tornado") { TornadoCoroutines(engine: self) } }
}
