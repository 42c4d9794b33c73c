import Loop
import Trace
import VM

/// The main program waits inside `run_until_complete`/`run_forever`: the loop runs whole
/// ticks until `stop()` has been requested (CPython checks `_stopping` after each tick).
final class RunUntilStopped: MainWait {
    unowned let runtime: AsyncioRuntime
    let future: Future?

    init(runtime: AsyncioRuntime, future: Future?, reason: WaitReason) {
        self.runtime = runtime
        self.future = future
        super.init(checkAfterEveryStep: false, reason: reason)
    }

    override func poll() {
        if let e = runtime.pendingSystemExit {
            runtime.pendingSystemExit = nil
            finish()
            resumeWith = (.none, e)
            return
        }
        guard runtime.stopping else { return }
        runtime.stopping = false
        finish()
        guard let f = future else {
            resumeWith = (.none, nil)
            return
        }
        if !f.isDone {
            resumeWith = (.none, PyBaseException(type: Builtins.runtimeError, args: [.str("Event loop stopped before Future completed.")]))
            return
        }
        do {
            resumeWith = (try f.resultValue(runtime.vm), nil)
        } catch let e as PyError {
            resumeWith = (.none, e.exception)
        } catch {
            resumeWith = (.none, PyBaseException(type: Builtins.runtimeError, args: [.str("\(error)")]))
        }
    }

    private func finish() {
        runtime.runningLoop = nil
    }
}

extension AsyncioRuntime {
    /// The methods of the loop object (`loop.call_soon`, `loop.run_until_complete`, ...).
    func installLoopMethods() {
        let t = loopType
        func method(_ name: String, _ body: @escaping (LoopObject, inout Arguments) throws -> Value) {
            t.dict[name] = .object(PyNativeFunction(name, qualname: "BaseEventLoop.\(name)") { vm, a in
                guard a.count >= 1, case .object(let o) = a[0], let loop = o as? LoopObject else {
                    throw vm.typeError("descriptor '\(name)' requires an event loop")
                }
                a.positional.removeFirst()
                return try body(loop, &a)
            })
        }
        method("time") { [unowned(unsafe) self] _, _ in .float(Double(self.engine.now) / 1e9) }
        method("call_soon") { [unowned(unsafe) self] loop, a in
            _ = a.take("context")
            guard a.count >= 1 else { throw self.vm.typeError("call_soon() missing 1 required positional argument: 'callback'") }
            try self.checkOpen(loop)
            try self.checkCallable(a[0], "call_soon")
            return .object(self.callSoon(a[0], Array(a.positional.dropFirst())))
        }
        t.dict["call_soon_threadsafe"] = t.dict["call_soon"]
        method("call_later") { [unowned(unsafe) self] loop, a in
            _ = a.take("context")
            guard a.count >= 2 else { throw self.vm.typeError("call_later() missing required arguments") }
            try self.checkOpen(loop)
            let delay = try a.seconds(0, self.vm, function: "call_later")
            try self.checkCallable(a[1], "call_later")
            let deadline = VirtualTime.adding(self.engine.now, VirtualTime.nanoseconds(fromSeconds: delay))
            return .object(self.timer(deadline, a[1], Array(a.positional.dropFirst(2))))
        }
        method("call_at") { [unowned(unsafe) self] loop, a in
            _ = a.take("context")
            guard a.count >= 2 else { throw self.vm.typeError("call_at() missing required arguments") }
            try self.checkOpen(loop)
            let when = try a.seconds(0, self.vm, function: "call_at")
            try self.checkCallable(a[1], "call_at")
            return .object(self.timer(VirtualTime.nanoseconds(fromSeconds: when), a[1], Array(a.positional.dropFirst(2))))
        }
        method("create_future") { [unowned(unsafe) self] _, _ in .object(Future(runtime: self)) }
        method("create_task") { [unowned(unsafe) self] loop, a in
            let name = a.take("name") ?? .none
            _ = a.take("context")
            try a.expect("create_task", 1)
            try self.checkOpen(loop)
            return .object(try self.createTask(a[0], name: name))
        }
        method("run_until_complete") { [unowned(unsafe) self] loop, a in
            try a.expect("run_until_complete", 1)
            return try self.runUntilComplete(loop, a[0])
        }
        method("run_forever") { [unowned(unsafe) self] loop, a in
            try self.startRunning(loop)
            try self.vm.suspend(RunUntilStopped(runtime: self, future: nil, reason: .label(self.engine.trace.intern("run_forever"))))
            return .none
        }
        method("run_in_executor") { [unowned(unsafe) self] loop, a in
            guard a.count >= 2 else { throw self.vm.typeError("run_in_executor() missing required arguments") }
            try self.checkOpen(loop)
            guard a[0].isNone else {
                // a concurrent.futures executor: submit, then wrap_future (asyncio library)
                let wrap = self.library?.globals.get("_run_in_executor") ?? .none
                return try self.vm.call(wrap, [.object(loop)] + a.positional)
            }
            return .object(self.submitToExecutor(a[1], Array(a.positional.dropFirst(2))))
        }
        method("stop") { [unowned(unsafe) self] _, _ in
            self.stopping = true
            return .none
        }
        method("close") { [unowned(unsafe) self] loop, _ in
            if self.runningLoop === loop { throw self.vm.runtimeError("Cannot close a running event loop") }
            loop.closed = true
            return .none
        }
        method("is_running") { [unowned(unsafe) self] loop, _ in .bool(self.runningLoop === loop) }
        method("is_closed") { loop, _ in .bool(loop.closed) }
        method("get_debug") { _, _ in .bool(false) }
        method("set_debug") { _, _ in .none }
        method("set_exception_handler") { [unowned(unsafe) self] _, a in
            self.exceptionHandler = a.count > 0 ? a[0] : .none
            return .none
        }
        method("call_exception_handler") { [unowned(unsafe) self] loop, a in
            try a.expect("call_exception_handler", 1)
            try self.callExceptionHandler(loop, a[0])
            return .none
        }
        method("default_exception_handler") { [unowned(unsafe) self] _, a in
            try a.expect("default_exception_handler", 1)
            try self.defaultExceptionHandler(a[0])
            return .none
        }
    }

    /// `Handle.cancel()`, `.cancelled()`, `TimerHandle.when()`.
    func installHandleMethods() {
        func method(_ t: PyType, _ name: String, _ body: @escaping (HandleObject) throws -> Value) {
            t.dict[name] = .object(PyNativeFunction(name, qualname: "\(t.name).\(name)") { vm, a in
                guard a.count >= 1, case .object(let o) = a[0], let h = o as? HandleObject else {
                    throw vm.typeError("descriptor '\(name)' requires a 'Handle' object")
                }
                return try body(h)
            })
        }
        method(handleType, "cancel") { h in
            h.cancel()
            return .none
        }
        method(handleType, "cancelled") { h in .bool(h.cancelled) }
        method(timerHandleType, "when") { h in .float(Double(h.when ?? 0) / 1e9) }
        method(handleType, "__repr__") { [unowned(unsafe) self] h in
            let kind = h.when == nil ? "Handle" : "TimerHandle"
            var parts = [kind]
            if let w = h.when { parts.append("when=\(Double(w) / 1e9)") }
            parts.append("\(self.callbackLabel(h.callback))(\(h.args.map { (try? self.vm.repr($0)) ?? "?" }.joined(separator: ", ")))")
            if h.cancelled { parts.insert("cancelled", at: 1) }
            return .str("<" + parts.joined(separator: " ") + ">")
        }
    }

    func checkOpen(_ loop: LoopObject) throws {
        if loop.closed { throw vm.runtimeError("Event loop is closed") }
    }

    func checkCallable(_ fn: Value, _ what: String) throws {
        guard case .object(let o) = fn, o is PyFunction || o is PyNativeFunction || o is PyBoundMethod || o is PyType
                || o.type.lookup("__call__") != nil else {
            throw vm.typeError("a callable object was expected by \(what)(), got \(try vm.repr(fn))")
        }
    }

    func timer(_ deadline: Int64, _ fn: Value, _ args: [Value]) -> HandleObject {
        let h = callAt(deadline, fn, args)
        h.type = timerHandleType
        return h
    }

    func startRunning(_ loop: LoopObject) throws {
        try checkOpen(loop)
        if runningLoop != nil { throw vm.runtimeError("This event loop is already running") }
        runningLoop = loop
        if currentLoop == nil { currentLoop = loop }
    }

    /// `loop.run_until_complete(aw)`: wraps a coroutine into a task, runs the loop until the
    /// future is done (stopping at the end of that tick), returns its result.
    func runUntilComplete(_ loop: LoopObject, _ aw: Value) throws -> Value {
        try checkOpen(loop)
        if runningLoop != nil { throw vm.runtimeError("This event loop is already running") }
        let future: Future
        var reason: WaitReason
        if let f = asFuture(aw) {
            future = f
            if case .object(let o) = aw, let t = o as? Task { reason = .task(t.traceID) } else { reason = .future(resource(for: f)) }
        } else if case .object(let o) = aw, AsyncioRuntime.isCoroutine(o) {
            let task = try createTask(aw, name: .none)
            future = task.future
            reason = .task(task.traceID)
        } else {
            throw vm.typeError("An asyncio.Future, a coroutine or an awaitable is required")
        }
        if let wr = future.waitReason { reason = wr }
        try startRunning(loop)
        // Even a future that is already done runs one iteration: its callback is scheduled.
        future.addDoneCallback(.native("_run_until_complete_cb") { [unowned(unsafe) self] _ in self.stopping = true })
        try vm.suspend(RunUntilStopped(runtime: self, future: future, reason: reason))
        return .none
    }

    func callExceptionHandler(_ loop: LoopObject, _ context: Value) throws {
        if !exceptionHandler.isNone {
            try vm.call(exceptionHandler, [.object(loop), context])
            return
        }
        try defaultExceptionHandler(context)
    }

    /// Prints the context's message, its other entries and the exception's traceback.
    func defaultExceptionHandler(_ context: Value) throws {
        guard case .object(let o) = context, let d = o as? PyDict else { return }
        let message = d["message"].flatMap { $0.stringValue } ?? "Unhandled exception in event loop"
        var lines = [message]
        for (k, v) in d.storage {
            guard let key = k.value.stringValue, key != "message", key != "exception" else { continue }
            lines.append("\(key): \(try vm.repr(v))")
        }
        var text = lines.joined(separator: "\n") + "\n"
        if let e = d["exception"], case .object(let eo) = e, let exc = eo as? PyBaseException {
            text += vm.formatTraceback(exc, file: engine.file, source: engine.source)
        }
        vm.output(.stderr, text)
    }
}
