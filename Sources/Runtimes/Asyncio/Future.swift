import Trace
import VM

/// `asyncio.Future`: a result that arrives later. Done-callbacks are scheduled with
/// `call_soon` in registration order, as CPython's `__schedule_callbacks` does.
final class Future: NativeAwaitable {
    enum State { case pending, finished, cancelled }

    // unowned(unsafe): the runtime outlives its futures, and a checked unowned reference
    // costs an atomic retain on every use.
    unowned(unsafe) let runtime: AsyncioRuntime
    var state: State = .pending
    var result: Value = .none
    var exception: PyBaseException?
    var cancelMessage: Value = .none
    var callbacks: [DoneCallback] = []
    /// Set when the exception or result was looked at (for "exception was never retrieved").
    var retrieved = false
    /// What a task awaiting this future waits for, for the trace (sleep, semaphore, gather...).
    var waitReason: WaitReason?
    /// The trace resource standing for this future, created on demand.
    var resource: ResourceID?
    /// The task whose outcome this future holds (callbacks receive the task).
    /// The task this future is the result of; the task clears it when it goes away.
    unowned(unsafe) var task: Task?
    /// What the trace must hear when this future is done (tornado's futures), if anything.
    var traceLinks: FutureTraceLinks?

    /// Attributes set by Python subclasses (`_GatheringFuture._children`, ...).
    private lazy var attributeDict = PyAttributeDict()
    override var attributes: PyAttributeDict? { attributeDict }

    init(runtime: AsyncioRuntime, type: PyType? = nil) {
        self.runtime = runtime
        super.init(type: type ?? runtime.futureType)
    }

    var isDone: Bool { state != .pending }

    override func awaitStep(vm: VM) throws -> AwaitStep {
        if isDone { return .value(try resultValue(vm)) }
        return .suspend(self)
    }

    /// `result()`: the value, or raises the exception / CancelledError / InvalidStateError.
    func resultValue(_ vm: VM) throws -> Value {
        switch state {
        case .pending:
            throw PyError(PyBaseException(type: runtime.invalidStateError, args: [.str("Result is not set.")]))
        case .cancelled:
            throw PyError(runtime.makeCancelledError(cancelMessage))
        case .finished:
            retrieved = true
            if let e = exception { throw PyError(e) }
            return result
        }
    }

    func setResult(_ v: Value) throws {
        guard state == .pending else {
            throw PyError(PyBaseException(type: runtime.invalidStateError, args: [.str("invalid state")]))
        }
        result = v
        state = .finished
        scheduleCallbacks()
    }

    func setException(_ e: PyBaseException) throws {
        guard state == .pending else {
            throw PyError(PyBaseException(type: runtime.invalidStateError, args: [.str("invalid state")]))
        }
        exception = e
        state = .finished
        scheduleCallbacks()
    }

    /// Returns false when already done.
    @discardableResult
    func cancel(message: Value = .none) -> Bool {
        guard state == .pending else { return false }
        state = .cancelled
        cancelMessage = message
        scheduleCallbacks()
        return true
    }

    func addDoneCallback(_ cb: DoneCallback) {
        if isDone {
            schedule(cb)
        } else {
            callbacks.append(cb)
        }
    }

    func scheduleCallbacks() {
        if let r = resource { runtime.engine.trace.append(.resourceValue(r, value: 1)) }
        if let links = traceLinks { links.outcome(of: self) }
        let cbs = callbacks
        callbacks.removeAll()
        for cb in cbs { schedule(cb) }
    }

    private func schedule(_ cb: DoneCallback) {
        switch cb {
        case .python(let fn): runtime.callSoon(fn, [.object(task ?? self)])
        case .wakeup(let task): task.scheduleWakeup()
        case .native(let label, let body): runtime.scheduleJob(task: nil, label: label) { body(self) }
        }
    }
}

/// A done-callback: Python code, a task waiting on the future, or runtime code.
enum DoneCallback {
    case python(Value)
    case wakeup(Task)
    case native(String, (Future) -> Void)
}

/// A coroutine implemented in Swift (`asyncio.sleep`, a semaphore's `acquire`): awaiting
/// it runs `body` once; when `body` suspends, `continuation` (if any) runs each time the
/// task resumes, with the wake-up's value or error (the code after CPython's `await fut`),
/// and gives the await's result or suspends again.
final class NativeCoroutine: NativeAwaitable {
    typealias Continuation = (VM, Value, PyBaseException?) throws -> AwaitStep
    typealias Steps = (VM) throws -> (AwaitStep, Continuation?)
    /// Its `__qualname__` (`Queue.get`), as its repr and a task's repr show it.
    let name: String
    private var body: Steps?
    private var continuation: Continuation?

    init(name: String, type: PyType, steps: @escaping Steps) {
        self.name = name
        self.body = steps
        super.init(type: type)
    }

    /// A coroutine whose result is the wake-up's value when `body` suspends.
    convenience init(name: String, type: PyType, body: @escaping (VM) throws -> AwaitStep) {
        self.init(name: name, type: type, steps: { vm in (try body(vm), nil) })
    }

    override func awaitStep(vm: VM) throws -> AwaitStep {
        guard let body else { throw vm.runtimeError("cannot reuse already awaited coroutine") }
        self.body = nil
        let (step, then) = try body(vm)
        if case .suspend = step { continuation = then }
        return step
    }

    override var continuesAfterSuspension: Bool { continuation != nil }

    override func finishAwait(vm: VM, value: Value, error: PyBaseException?) throws -> AwaitStep {
        guard let finish = continuation else { return try super.finishAwait(vm: vm, value: value, error: error) }
        let step = try finish(vm, value, error)
        if case .value = step { continuation = nil }
        return step
    }
}

/// Payload of a bare yield (`await asyncio.sleep(0)`): the task reschedules itself and
/// the await then returns `result`.
final class YieldToLoop {
    let result: Value
    init(result: Value) { self.result = result }
}
