import Language
import Loop
import Trace
import VM

/// Assembles `asyncio`: a native core (`_loopscope_asyncio`: Future, Task, the loop,
/// sleep, task bookkeeping) and a Python-level library on top of it (gather, wait,
/// locks, queues, ...; see Python/asyncio*.py).
extension AsyncioRuntime {
    func makeNativeModule() -> PyModule {
        installLoopMethods()
        installFutureMethods()
        installHandleMethods()
        let m = PyModule(name: "_loopscope_asyncio")
        m["Future"] = .object(futureType)
        m["Task"] = .object(taskType)
        m["AbstractEventLoop"] = .object(loopType)
        m["BaseEventLoop"] = .object(loopType)
        m["Handle"] = .object(handleType)
        m["TimerHandle"] = .object(timerHandleType)
        m["CancelledError"] = .object(cancelledError)
        m["InvalidStateError"] = .object(invalidStateError)

        m.def("sleep") { [unowned(unsafe) self] vm, a in
            let result = a.take("result") ?? (a.count > 1 ? a[1] : .none)
            guard a.count >= 1 else { throw vm.typeError("sleep() missing 1 required positional argument: 'delay'") }
            let delay = try a.seconds(0, vm, function: "sleep")
            return .object(self.sleep(delay, result: result))
        }
        m.def("get_event_loop") { [unowned(unsafe) self] _, _ in .object(self.runningLoop ?? self.loopObject()) }
        m.def("get_running_loop") { [unowned(unsafe) self] vm, _ in
            guard let l = self.runningLoop else { throw vm.runtimeError("no running event loop") }
            return .object(l)
        }
        m.def("_get_running_loop") { [unowned(unsafe) self] _, _ in self.runningLoop.map { .object($0) } ?? .none }
        m.def("new_event_loop") { [unowned(unsafe) self] _, _ in .object(LoopObject(type: self.loopType)) }
        m.def("set_event_loop") { [unowned(unsafe) self] _, a in
            try a.expect("set_event_loop", 1)
            self.currentLoop = a[0].asObject as? LoopObject
            return .none
        }
        m.def("current_task") { [unowned(unsafe) self] _, _ in self.currentTask.map { .object($0) } ?? .none }
        m.def("all_tasks") { [unowned(unsafe) self] vm, _ in
            let s = PySet()
            for t in self.pendingTasks { try vm.setInsert(s, .object(t)) }
            return .object(s)
        }
        m.def("iscoroutine") { _, a in
            try a.expect("iscoroutine", 1)
            guard case .object(let o) = a[0] else { return .bool(false) }
            return .bool(AsyncioRuntime.isCoroutine(o))
        }
        m.def("iscoroutinefunction") { _, a in
            try a.expect("iscoroutinefunction", 1)
            var f = a[0]
            if case .object(let o) = f, let m = o as? PyBoundMethod { f = m.function }
            guard case .object(let o) = f, let fn = o as? PyFunction else { return .bool(false) }
            return .bool(fn.code.object.isCoroutine)
        }
        m.def("_make_cancelled_error") { [unowned(unsafe) self] _, a in
            .object(self.makeCancelledError(a.count > 0 ? a[0] : .none))
        }
        m.def("_cancel_message") { [unowned(unsafe) self] _, a in
            try a.expect("_cancel_message", 1)
            return self.asFuture(a[0])?.cancelMessage ?? .none
        }
        // Trace annotations used by the library: what a future stands for, resource state.
        m.def("_tag") { [unowned(unsafe) self] vm, a in
            try a.expect("_tag", 3)
            guard let f = self.asFuture(a[0]) else { return .none }
            let kind = try vm.str(a[1])
            f.waitReason = try self.reason(kind, a[2])
            return .none
        }
        // The first waiter of a deque that is not done (None if all are): `firstPending`.
        m.def("_first_pending") { [unowned(unsafe) self] vm, a in
            try a.expect("_first_pending", 1)
            guard let d = a[0].asObject as? PyDeque else { throw vm.typeError("_first_pending expects a deque") }
            return try self.firstPending(d) ?? .none
        }
        return m
    }

    /// The first item of `waiters` that is not done, as `for fut in waiters: if not
    /// fut.done()` finds it; done waiters at the front are remembered, so waking the next
    /// of many waiters costs O(1), not O(waiters).
    func firstPending(_ waiters: PyDeque) throws -> Value? {
        var i = waiters.settledPrefix
        while i < waiters.count {
            let item = waiters[i]
            if !(try isDone(item)) { return item }
            i += 1
            waiters.settledPrefix = i
        }
        return nil
    }

    /// `waiter.done()`: directly for the runtime's futures, through Python otherwise.
    func isDone(_ waiter: Value) throws -> Bool {
        if let f = asFuture(waiter) { return f.isDone }
        return try vm.truthy(try vm.call(try vm.getAttribute(waiter, "done"), []))
    }

    /// `waiter.cancelled()`: directly for the runtime's futures, through Python otherwise.
    func isCancelled(_ waiter: Value) throws -> Bool {
        if let f = asFuture(waiter) { return f.state == .cancelled }
        return try vm.truthy(try vm.call(try vm.getAttribute(waiter, "cancelled"), []))
    }

    /// `asyncio.sleep(delay, result)`: a coroutine; 0 (or less) yields once.
    func sleep(_ delay: Double, result: Value) -> NativeCoroutine {
        NativeCoroutine(name: "sleep", type: coroutineType) { [unowned(unsafe) self] vm in
            if delay <= 0 { return .suspend(YieldToLoop(result: result)) }
            let f = Future(runtime: self)
            let deadline = VirtualTime.adding(self.engine.now, VirtualTime.nanoseconds(fromSeconds: delay))
            f.waitReason = .sleep(until: deadline)
            _ = self.engine.loop.callAt(deadline, Job(run: {
                if !f.isDone { try? f.setResult(result) }
            }, task: nil))
            return .suspend(f)
        }
    }

    /// A trace wait reason for a library future (`_tag(fut, "semaphore", resource_id)`).
    func reason(_ kind: String, _ object: Value) throws -> WaitReason {
        let trace = engine.trace
        if kind == "gather" || kind == "wait" {
            var objects: [TraceObject] = []
            for v in try vm.collect(object) {
                if case .object(let o) = v, let t = o as? Task { objects.append(.task(t.traceID)) }
                else if let f = asFuture(v) { objects.append(.resource(resource(for: f))) }
            }
            let list = trace.makeList(objects)
            return kind == "gather" ? .gather(list) : .wait(list)
        }
        let id = ResourceID(UInt32(try vm.index(object)))
        switch kind {
        case "semaphore": return .semaphore(id)
        case "lock": return .lock(id)
        case "event": return .event(id)
        case "condition": return .condition(id)
        case "queue_get": return .queueGet(id)
        case "queue_put": return .queuePut(id)
        case "executor": return .executor(id)
        default: return .label(trace.intern(kind))
        }
    }

    /// Cancels a future through its Python-level `cancel` when a library subclass overrides it.
    func cancel(_ f: Future, message: Value) -> Bool {
        if f.type !== futureType, let m = f.type.lookup("cancel"), !(m.asObject is PyNativeFunction) {
            let r = try? vm.call(m, [.object(f)], keywords: message.isNone ? [] : [("msg", message)])
            return r.map { (try? vm.truthy($0)) ?? false } ?? false
        }
        return f.cancel(message: message)
    }
}

extension Engine {
    /// The asyncio runtime of this engine, created on first import.
    var asyncio: AsyncioRuntime { runtime("asyncio") { AsyncioRuntime(engine: self) } }

    func asyncioModule(_ name: String) throws -> PyModule? {
        switch name {
        case "_loopscope_asyncio":
            return asyncio.makeNativeModule()
        case "asyncio":
            let module = try loadLibrary("asyncio")
            asyncio.library = module
            asyncio.finishLibrary(module)
            return module
        default:
            return nil
        }
    }
}
