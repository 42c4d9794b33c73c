import Trace
import VM

/// `asyncio.Task`: drives a coroutine on its own fiber, one step per loop handle, waking
/// when the future it awaits is done (CPython's `Task.__step` / `__wakeup`).
final class Task: NativeAwaitable {
    let future: Future
    unowned(unsafe) let runtime: AsyncioRuntime
    let fiber: Fiber
    let coroutine: Value
    var name: String
    let traceID: TaskID
    var mustCancel = false
    var cancelMessage: Value = .none
    var cancelRequests = 0
    /// Where the runtime's task list holds this task.
    var registrySlot = -1
    var waiter: Future?
    /// The value `await asyncio.sleep(0, result)` returns after its bare yield.
    var yieldResult: Value?

    init(runtime: AsyncioRuntime, coroutine: Value, fiber: Fiber, name: String, traceID: TaskID) {
        self.runtime = runtime
        self.coroutine = coroutine
        self.fiber = fiber
        self.name = name
        self.traceID = traceID
        self.future = Future(runtime: runtime)
        super.init(type: runtime.taskType)
        future.task = self
        fiber.owner = self
    }

    var isDone: Bool { future.isDone }

    override func awaitStep(vm: VM) throws -> AwaitStep {
        if future.isDone { return .value(try future.resultValue(vm)) }
        return .suspend(self)
    }

    /// Queues the next step with `call_soon`.
    func scheduleStep(error: PyBaseException? = nil) {
        runtime.engine.trace.setState(traceID, .ready)
        runtime.scheduleJob(task: traceID, label: "Task.__step") { [self] in self.step(error: error) }
    }

    deinit {
        runtime.forget(self)
        future.task = nil
        if fiber.owner === self { fiber.owner = nil }
        if future.state == .finished, let e = future.exception, !future.retrieved {
            runtime.taskExceptionNeverRetrieved(self, e)
        }
    }

    /// The awaited future is done: the wake-up runs as its own handle.
    func scheduleWakeup() {
        runtime.engine.trace.setState(traceID, .ready)
        runtime.scheduleJob(task: traceID, label: "Task.__wakeup") { [self] in self.step(error: nil) }
    }

    /// Runs the coroutine until it suspends or finishes.
    func step(error incoming: PyBaseException?) {
        guard !future.isDone else { return }
        var error = incoming
        var value: Value = .none
        if mustCancel {
            error = runtime.makeCancelledError(cancelMessage)
            mustCancel = false
        } else if error == nil, let y = yieldResult {
            value = y
        } else if error == nil, let w = waiter {
            // __wakeup: the awaited future's outcome becomes the await's result.
            do {
                value = try w.resultValue(runtime.vm)
            } catch let e as PyError {
                error = e.exception
            } catch {}
        }
        waiter = nil
        yieldResult = nil
        runtime.engine.trace.setState(traceID, .running)
        resumeFiber(value: value, error: error)
    }

    /// Resumes the task's fiber (pausable: the engine may stop it between two instructions
    /// and call this again to go on) and takes in what it did.
    private func resumeFiber(value: Value, error: PyBaseException?) {
        let engine = runtime.engine
        let previousTask = runtime.currentTask
        runtime.currentTask = self
        engine.currentTask = traceID
        defer {
            runtime.currentTask = previousTask
            engine.currentTask = previousTask?.traceID
        }
        let outcome: FiberOutcome
        do {
            outcome = try runtime.vm.resume(fiber, value: value, error: error, pausable: true)
        } catch {
            engine.fail(error)
            return
        }
        switch outcome {
        case .returned(let v):
            if mustCancel {
                mustCancel = false
                finishCancelled(cancelMessage)
            } else {
                engine.trace.setState(traceID, .done)
                try? future.setResult(v)
            }
        case .raised(let e):
            if e.type.isSubtype(of: runtime.cancelledError) {
                finishCancelled(e.args.first ?? .none)
            } else {
                engine.trace.setState(traceID, .failed)
                try? future.setException(e)
                if e.type.isSubtype(of: Builtins.systemExit) || e.type.isSubtype(of: Builtins.keyboardInterrupt) {
                    runtime.pendingSystemExit = e
                }
            }
        case .suspended(let payload):
            if let f = payload as? Future {
                wait(on: f)
            } else if let t = payload as? Task {
                wait(on: t.future, reason: .task(t.traceID))
            } else if let y = payload as? YieldToLoop {
                engine.markWaiting(traceID, fiber: fiber, .label(engine.trace.intern("sleep(0)")))
                yieldResult = y.result
                scheduleStep()
            } else {
                engine.fail(VMFatal.internalError("a task suspended on an unknown object"))
            }
        case .paused:
            engine.pausedWork = { [self] in self.resumeFiber(value: .none, error: nil) }
        }
    }

    /// What the task waits for, in words (deadlock reports).
    var waitText: String {
        guard let w = waiter else { return "nothing (it is ready to run)" }
        return runtime.describeWait(w)
    }

    private func wait(on f: Future, reason: WaitReason? = nil) {
        if f === future {
            scheduleStep(error: PyBaseException(type: Builtins.runtimeError, args: [.str("Task cannot await on itself: \(runtime.describe(self))")]))
            return
        }
        runtime.engine.markWaiting(traceID, fiber: fiber, reason ?? f.waitReason ?? .future(runtime.resource(for: f)))
        waiter = f
        f.addDoneCallback(.wakeup(self))
        if mustCancel, runtime.cancel(f, message: cancelMessage) {
            mustCancel = false
        }
    }

    private func finishCancelled(_ message: Value) {
        runtime.engine.trace.setState(traceID, .cancelled)
        future.cancel(message: message)
    }

    /// `task.cancel(msg)`.
    func cancel(message: Value) -> Bool {
        if future.isDone { return false }
        cancelRequests += 1
        if let w = waiter, runtime.cancel(w, message: message) { return true }
        mustCancel = true
        cancelMessage = message
        return true
    }
}
