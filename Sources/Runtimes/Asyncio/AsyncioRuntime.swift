import Language
import Loop
import Trace
import VM

/// The state of asyncio in one engine: the types, the current loop and task, and the
/// operations the module's functions and the Python-level library share.
final class AsyncioRuntime {
    // unowned(unsafe): the engine owns this runtime; a checked reference costs an atomic
    // retain on every use, and the scheduler uses it on every step.
    unowned(unsafe) let engine: Engine
    var vm: VM { engine.vm }

    let futureType: PyType
    let taskType: PyType
    let loopType: PyType
    let handleType: PyType
    let timerHandleType: PyType
    let coroutineType: PyType
    let cancelledError: PyType
    let invalidStateError: PyType

    /// The loop set with `set_event_loop` (or created by `get_event_loop`).
    var currentLoop: LoopObject?
    /// The loop inside `run_forever` / `run_until_complete`, if any.
    var runningLoop: LoopObject?
    var currentTask: Task?
    /// Every task created, weakly (finished tasks may go away, as in CPython's WeakSet).
    /// Tasks that may still be pending, in creation order (CPython's `_all_tasks`, a weak
    /// set). Not `weak` references (they would put every task on the slow reference-counting
    /// path): a task clears its slot when it goes away.
    private var tasks: [TaskSlot?] = []
    /// The list length at which finished tasks are next pruned: twice what the last pruning
    /// kept, so that pruning stays O(1) per task however many tasks are pending.
    private var pruneAt = 256
    var taskCounter = 0
    var stopping = false
    /// A task raised SystemExit/KeyboardInterrupt: it leaves `run_until_complete` at once.
    var pendingSystemExit: PyBaseException?
    var defaultExecutor: ThreadPool?
    /// `loop.set_exception_handler(fn)`.
    var exceptionHandler: Value = .none
    /// The Swift methods of the library's locks, events and queues.
    var natives: AsyncioNatives?
    /// Async generators first iterated while a loop ran (CPython's weak `_asyncgens`).
    var asyncGenerators: [WeakAsyncGenerator] = []

    init(engine: Engine) {
        self.engine = engine
        defer {
            engine.atExit.append { [unowned(unsafe) self] in self.reportPendingTasksAtExit() }
            let previous = engine.waitingDescriptions
            engine.waitingDescriptions = { [unowned(unsafe) self] in previous() + self.waitingDescriptions() }
        }
        func type(_ name: String, _ base: PyType = Builtins.objectType, module: String) -> PyType {
            let t = PyType(name: name, bases: [base], layout: .native, isBuiltin: true, module: module)
            return t
        }
        futureType = type("Future", module: "_asyncio")
        taskType = type("Task", futureType, module: "_asyncio")
        loopType = type("_UnixSelectorEventLoop", module: "asyncio.unix_events")
        handleType = type("Handle", module: "asyncio.events")
        timerHandleType = type("TimerHandle", handleType, module: "asyncio.events")
        coroutineType = type("coroutine", module: "builtins")
        cancelledError = PyType(name: "CancelledError", bases: [Builtins.baseException], layout: .exception,
                                isBuiltin: true, module: "asyncio.exceptions")
        invalidStateError = PyType(name: "InvalidStateError", bases: [Builtins.exception], layout: .exception,
                                   isBuiltin: true, module: "asyncio.exceptions")
        for e in [cancelledError, invalidStateError] {
            e.constructor = { _, t, a in .object(PyBaseException(type: t, args: a.positional)) }
        }
    }

    func makeCancelledError(_ message: Value) -> PyBaseException {
        PyBaseException(type: cancelledError, args: message.isNone ? [] : [message])
    }

    // MARK: Scheduling

    /// Queues Swift work as a loop handle (`call_soon`).
    @discardableResult
    func scheduleJob(task: TaskID?, label: String, _ body: @escaping () -> Void) -> HandleID {
        engine.loop.callSoon(Job(run: body, task: task))
    }

    /// `loop.call_soon(fn, *args)`: the callback runs as its own step.
    @discardableResult
    func callSoon(_ fn: Value, _ args: [Value]) -> HandleObject {
        let handle = HandleObject(runtime: self, callback: fn, args: args, timer: nil)
        let label = callbackLabel(fn)
        handle.handleID = engine.loop.callSoon(Job(run: { [unowned(unsafe) self] in self.runCallback(handle) }, task: nil))
        engine.trace.append(.callbackScheduled(handle: UInt32(truncatingIfNeeded: handle.handleID!.rawValue),
                                               label: engine.trace.intern(label), location: callerLocation()))
        return handle
    }

    /// `loop.call_at(when, fn, *args)`.
    func callAt(_ deadline: Int64, _ fn: Value, _ args: [Value]) -> HandleObject {
        let handle = HandleObject(runtime: self, callback: fn, args: args, timer: nil)
        handle.when = deadline
        handle.timerID = engine.loop.callAt(deadline, Job(run: { [unowned(unsafe) self] in self.runCallback(handle) }, task: nil))
        return handle
    }

    func runCallback(_ handle: HandleObject) {
        guard !handle.cancelled else { return }
        handle.finished = true
        if let id = handle.handleID { engine.trace.append(.callbackRun(handle: UInt32(truncatingIfNeeded: id.rawValue))) }
        engine.currentTask = nil
        do {
            _ = try vm.call(handle.callback, handle.args)
        } catch let e as PyError {
            if e.exception.type.isSubtype(of: Builtins.systemExit) || e.exception.type.isSubtype(of: Builtins.keyboardInterrupt) {
                pendingSystemExit = e.exception
                return
            }
            reportException(message: "Exception in callback \(callbackLabel(handle.callback))(\(argsText(handle.args)))",
                            handle: handle, exception: e.exception)
        } catch {
            engine.fail(error)
        }
    }

    private func argsText(_ args: [Value]) -> String {
        args.map { (try? vm.repr($0)) ?? "?" }.joined(separator: ", ")
    }

    /// The loop's default exception handler: a message and a traceback on stderr.
    func reportException(message: String, handle: HandleObject?, exception: PyBaseException) {
        var text = message + "\n"
        if let handle { text += "handle: \(describe(handle))\n" }
        text += vm.formatTraceback(exception, file: engine.file, source: engine.source)
        vm.output(.stderr, text)
    }

    func callbackLabel(_ fn: Value) -> String {
        guard case .object(let o) = fn else { return fn.typeName }
        if let f = o as? PyFunction { return f.qualname }
        if let n = o as? PyNativeFunction { return n.qualname }
        if let m = o as? PyBoundMethod { return callbackLabel(m.function) }
        return o.type.name
    }

    func callerLocation() -> TraceLocation {
        guard let fiber = vm.currentFiber, let loc = fiber.location(inFile: engine.file) else { return .unknown }
        return TraceLocation(line: loc.line, column: loc.column)
    }

    // MARK: Tasks and futures

    func createTask(_ coro: Value, name: Value) throws -> Task {
        guard case .object(let o) = coro, AsyncioRuntime.isCoroutine(o) else {
            throw vm.typeError("a coroutine was expected, got \(try vm.repr(coro))")
        }
        // CPython's counter advances for every task, named or not.
        taskCounter += 1
        let taskName = name.isNone ? "Task-\(taskCounter)" : try vm.str(name)
        let fiber: Fiber
        if let gen = o as? PyGenerator {
            fiber = vm.makeFiber(name: taskName, driving: gen)
        } else {
            guard case .object(let wo) = try vm.call(awaitWrapper, [coro]), let wrapper = wo as? PyGenerator else {
                throw vm.runtimeError("internal error: cannot wrap a native coroutine")
            }
            fiber = vm.makeFiber(name: taskName, driving: wrapper)
        }
        let location: TraceLocation
        if let gen = o as? PyGenerator {
            location = TraceLocation(line: gen.codeLocation.line, column: gen.codeLocation.column)
        } else {
            location = callerLocation()
        }
        let id = engine.trace.createTask(name: taskName, kind: .asyncioTask, parent: currentTask?.traceID ?? engine.mainTask,
                                         location: location)
        engine.markIfInternal(id, codeFile: (o as? PyGenerator)?.codeFilename)
        let task = Task(runtime: self, coroutine: coro, fiber: fiber, name: taskName, traceID: id)
        task.registrySlot = tasks.count
        tasks.append(TaskSlot(task))
        if tasks.count >= pruneAt { pruneTasks() }
        task.scheduleStep()
        engine.taskCreated()
        return task
    }

    /// What asyncio accepts as a coroutine: coroutine objects, native coroutines, and the
    /// awaitables of async generator operations (CPython's ABC sees those as coroutines).
    static func isCoroutine(_ o: PyObject) -> Bool {
        (o as? PyGenerator)?.isCoroutine == true || o is NativeCoroutine || o is AsyncGeneratorOp
    }

    /// A Python-level `async def _await(c): return await c` used to drive native coroutines.
    lazy var awaitWrapper: Value = {
        library.globals.get("_await_native") ?? .none
    }()

    /// The Python-level part of the asyncio module (set once it is loaded).
    var library: PyModule!

    func resource(for f: Future) -> ResourceID {
        if let r = f.resource { return r }
        let r = engine.trace.createResource(kind: .future, name: "Future", capacity: nil)
        engine.trace.append(.resourceValue(r, value: f.isDone ? 1 : 0))
        f.resource = r
        return r
    }

    func asFuture(_ v: Value) -> Future? {
        guard case .object(let o) = v else { return nil }
        if let f = o as? Future { return f }
        if let t = o as? Task { return t.future }
        return nil
    }

    func describe(_ object: PyObject) -> String {
        (try? vm.repr(.object(object))) ?? "<\(object.type.name)>"
    }

    /// Tasks not yet done, in creation order.
    var pendingTasks: [Task] { tasks.compactMap { $0?.task }.filter { !$0.isDone } }

    /// Forgets finished and freed tasks.
    private func pruneTasks() {
        tasks = tasks.filter { $0 != nil && !$0!.task.isDone }
        for (i, slot) in tasks.enumerated() { slot!.task.registrySlot = i }
        pruneAt = max(256, 2 * tasks.count)
    }

    /// Called by a task that goes away.
    func forget(_ task: Task) {
        let i = task.registrySlot
        if i >= 0 && i < tasks.count && tasks[i]?.task === task { tasks[i] = nil }
    }

    /// CPython's message when a failed task is garbage collected without anyone looking.
    func taskExceptionNeverRetrieved(_ task: Task, _ e: PyBaseException) {
        var text = "Task exception was never retrieved\n"
        text += "future: \(taskRepr(task))\n"
        text += vm.formatTraceback(e, file: engine.file, source: engine.source)
        engine.trace.append(.warning(text: engine.trace.intern("Task exception was never retrieved: \(task.name)"), location: .unknown))
        vm.output(.stderr, text)
    }

    func coroutineName(_ task: Task) -> String {
        if case .object(let o) = task.coroutine, let g = o as? PyGenerator { return g.qualname }
        if case .object(let o) = task.coroutine, let n = o as? NativeCoroutine { return n.name }
        return "coroutine"
    }

    func coroutineLine(_ task: Task) -> Int32 {
        if case .object(let o) = task.coroutine, let g = o as? PyGenerator { return g.codeLocation.line }
        return 0
    }

    /// "Task was destroyed but it is pending!" for tasks left when the program ends.
    func reportPendingTasksAtExit() {
        for task in pendingTasks {
            var text = "Task was destroyed but it is pending!\n"
            text += "task: \(taskRepr(task))\n"
            engine.trace.append(.warning(text: engine.trace.intern("Task was destroyed but it is pending: \(task.name)"), location: .unknown))
            vm.output(.stderr, text)
        }
    }

    /// One line per task that is still waiting, for deadlock reports.
    func waitingDescriptions() -> [String] {
        pendingTasks.map { t in
            "  \(t.name) (\(coroutineName(t)) defined at \(engine.file):\(coroutineLine(t))) waits at line \(t.fiber.location(inFile: engine.file)?.line ?? 0) for \(t.waitText)"
        }
    }
}

struct TaskSlot {
    unowned(unsafe) let task: Task
    init(_ task: Task) { self.task = task }
}

/// `asyncio.Handle` / `TimerHandle`: a scheduled callback that can be cancelled.
final class HandleObject: PyObject {
    unowned let runtime: AsyncioRuntime
    let callback: Value
    let args: [Value]
    var handleID: HandleID?
    var timerID: TimerID?
    var when: Int64?
    var cancelled = false
    var finished = false

    init(runtime: AsyncioRuntime, callback: Value, args: [Value], timer: TimerID?) {
        self.runtime = runtime
        self.callback = callback
        self.args = args
        self.timerID = timer
        super.init(type: runtime.handleType)
    }

    func cancel() {
        guard !cancelled else { return }
        cancelled = true
        if let t = timerID { _ = runtime.engine.loop.cancel(t) }
        if let h = handleID, !finished {
            _ = runtime.engine.loop.cancel(h)
            runtime.engine.trace.append(.callbackCancelled(handle: UInt32(truncatingIfNeeded: h.rawValue)))
        }
    }
}

/// The Python-visible event loop object.
final class LoopObject: PyObject {
    var closed = false
    init(type: PyType) { super.init(type: type) }
}

extension AsyncioRuntime {
    /// A future as a reader sees it: what it stands for and who holds it.
    func describeWait(_ f: Future) -> String {
        let trace = engine.trace
        switch f.waitReason {
        case .sleep(let until)?: return "sleep until \(VirtualTime.format(until)) s"
        case .semaphore(let r)?: return "semaphore \(trace.string(trace.resourceInfo(r).name))#\(r.rawValue)"
        case .lock(let r)?: return "lock \(trace.string(trace.resourceInfo(r).name))#\(r.rawValue)"
        case .event(let r)?: return "event \(trace.string(trace.resourceInfo(r).name))#\(r.rawValue)"
        case .condition(let r)?: return "condition #\(r.rawValue)"
        case .queueGet(let r)?: return "get from queue #\(r.rawValue)"
        case .queuePut(let r)?: return "put to full queue #\(r.rawValue)"
        case .gather?: return "gather(...)"
        case .wait?: return "wait(...)"
        default:
            if let t = f.task { return "task \(t.name)" }
            return "a future that nothing will complete"
        }
    }
}
