import Language

/// Something a fiber can `await` that is implemented in Swift (a runtime's Future, Task or
/// native coroutine). A class, not a protocol: the interpreter tests every awaited object
/// for it, and a class cast is far cheaper than a protocol conformance lookup.
open class NativeAwaitable: PyObject {
    public override init(type: PyType?) { super.init(type: type) }

    /// Either the result right away, or a suspension payload for the runtime.
    open func awaitStep(vm: VM) throws -> AwaitStep {
        throw VMFatal.internalError("\(Swift.type(of: self)) does not implement awaitStep")
    }

    /// Whether the awaiting fiber must come back here when it resumes after a suspension
    /// (`finishAwait`), instead of taking the wake-up's value as the await's result.
    open var continuesAfterSuspension: Bool { false }

    /// What the await does when the fiber resumes with `value` or `error` after this
    /// awaitable suspended it: give its result (or raise), or suspend again (a queue's `put`
    /// that finds the queue full once more); only called when `continuesAfterSuspension`.
    open func finishAwait(vm: VM, value: Value, error: PyBaseException?) throws -> AwaitStep {
        if let error { throw PyError(error) }
        return .value(value)
    }
}

public enum AwaitStep {
    case value(Value)
    case suspend(AnyObject)
}

/// The interpreter: executes code on fibers. It knows nothing of clocks or loops; runtimes
/// give it modules (`moduleProvider`) and an output sink, and decide when fibers run.
public final class VM {
    public let filename: String
    public let source: String
    public let main: PyModule
    public let builtins: PyModule
    public var modules: [String: PyModule] = [:]
    /// Supplies importable modules by name (`time`, `asyncio`, ...); nil if unknown.
    public var moduleProvider: ((VM, String) throws -> PyModule?)?
    /// Module names the provider knows (for error messages).
    public var supportedModuleNames: [String] = []
    /// Receives everything written to stdout/stderr.
    public var output: (_ stream: OutputStream, _ text: String) -> Void = { _, text in print(text, terminator: "") }
    /// Called when a fiber suspends from a blocking-capable call, etc. (set by runtimes).
    public var recursionLimit = 1000
    /// Instructions executed so far (never reset) and the budget of instructions one
    /// resumption of a fiber may run before the program is stopped.
    public var instructionCount = 0
    /// `type`, held here because reading a static (lazily initialised) on every attribute
    /// instruction costs a `swift_once` check and an atomic retain.
    unowned(unsafe) let metatype: PyType = Builtins.typeType

    public var instructionBudget = Int.max
    /// The count past which the current resumption is over its budget, and the count at
    /// which the interpreter next stops to check budgets (`passCheckpoint`).
    var instructionLimit = Int.max
    var checkpoint = VM.memoryCheckInterval
    var nextMemoryCheck = VM.memoryCheckInterval
    /// The compute-time budget of one resumption in nanoseconds (wall clock, so where it
    /// stops may vary from run to run); nil: instructions only (Checkpoints.swift).
    public var computeBudget: UInt64?
    /// When the current resumption began computing (0: not read yet) and, while it is
    /// paused, how long it had computed.
    var computeStart: UInt64 = 0
    var computeElapsed: UInt64 = 0
    /// A pausable resumption pauses at the first checkpoint past this monotonic time (ns).
    public var pauseDeadline: UInt64 = .max
    var pauseRequested = false
    /// Thrown by the interpreter before its next instruction (`interrupt(with:)`).
    var pendingInterrupt: Error?
    /// Set by `resume(pausable: true)` for the interpreter loop it starts; taken by that loop.
    var pauseEnabled = false
    /// The memory budget in bytes (MemoryBudget.swift); Int.max: none.
    public internal(set) var memoryBudget = 1 << 30
    /// The resident size when this VM was made: the budget limits growth beyond it, so
    /// that several engines in one process (tests, a viewer reopening files) each get it.
    let memoryBaseline = VM.residentBytes()
    /// Nesting of Swift-level recursion over Python data (repr, ==, hash; RecursionGuard.swift).
    var nativeDepth = 0
    /// The fiber executing right now.
    public internal(set) var currentFiber: Fiber?
    var pendingSuspension: AnyObject?
    /// Frames of suspended generators that were dropped; closed at the next instruction.
    /// Frames of generators dropped while suspended, with the async generator finalizer if any.
    var pendingGeneratorCloses: [(Frame, ((PyGenerator) -> Void)?)] = []
    /// Set by an event loop while it runs (CPython's `sys.set_asyncgen_hooks`): `firstIter`
    /// sees every async generator at its first operation and returns the finalizer to call
    /// if it is dropped unfinished (nil for none).
    public var asyncGeneratorFirstIter: ((PyGenerator) -> ((PyGenerator) -> Void)?)?
    /// Objects being repr'd (to print `[...]` for self-containing containers).
    var reprGuard: Set<ObjectIdentifier> = []
    /// Stable stand-in addresses for reprs (see `address(_:)`).
    var addresses: [ObjectIdentifier: String] = [:]
    var retainedForAddress: [PyObject] = []
    private var nextFiberID = 0

    public enum OutputStream: Sendable { case stdout, stderr }

    /// The VM running on this thread (dict keys of user classes compare through it).
    /// Not `weak`: a weakly referenced object pays for a side table on every retain and
    /// release, and the VM is retained constantly; `deinit` clears it instead.
    nonisolated(unsafe) static unowned(unsafe) var active: VM?

    deinit {
        if VM.active === self { VM.active = nil }
    }

    public init(filename: String, source: String) {
        Builtins.ensureInstalled()
        self.filename = filename
        self.source = source
        builtins = PyModule(name: "builtins")
        main = PyModule(name: "__main__")
        main["__name__"] = .str("__main__")
        main["__file__"] = .str(ScriptPath.absolute(filename))
        installBuiltinFunctions()
        modules["builtins"] = builtins
        modules["__main__"] = main
        VM.active = self
    }

    // MARK: Fibers

    /// A fiber that will call `callable(args)` when first resumed.
    public func makeFiber(name: String, calling callable: Value, _ args: [Value] = []) throws -> Fiber {
        nextFiberID += 1
        let fiber = Fiber(id: nextFiberID, name: name)
        fiber.pendingCall = (callable, args)
        return fiber
    }

    /// A fiber that runs a coroutine object to completion (asyncio tasks).
    public func makeFiber(name: String, driving coroutine: PyGenerator) -> Fiber {
        nextFiberID += 1
        let fiber = Fiber(id: nextFiberID, name: name)
        coroutine.wasAwaited = true
        fiber.pendingCoroutine = coroutine
        return fiber
    }

    /// Compiles and prepares the main module as a fiber.
    public func makeMainFiber(_ code: CodeObject) -> Fiber {
        nextFiberID += 1
        let fiber = Fiber(id: nextFiberID, name: "main")
        let frame = Frame(code: Code(code, globals: main.globals), function: nil, globals: main.globals)
        frame.mode = .native
        fiber.frames.append(frame)
        return fiber
    }

    /// Runs `fiber` until it returns, raises or suspends. `value`/`error` is delivered as the
    /// result of the call it is suspended in.
    ///
    /// With `pausable`, the fiber may also stop at an instruction boundary when the host asked
    /// for a pause (Checkpoints.swift): the outcome is `.paused`, and resuming the fiber again
    /// (the value is then ignored) continues where it stopped.
    public func resume(_ fiber: Fiber, value: Value = .none, error: PyBaseException? = nil, pausable: Bool = false) throws -> FiberOutcome {
        let previous = currentFiber
        currentFiber = fiber
        defer { currentFiber = previous }
        if fiber.state == .paused {
            fiber.state = .running
            continueResumption()
            return try run(fiber, pausable: pausable)
        }
        fiber.state = .running
        // The instruction budget bounds a computation that never waits: each resumption
        // (the fiber waited, or starts) begins a fresh count.
        beginResumption()
        var value = value, error = error
        if let awaited = fiber.suspendedAwait {
            fiber.suspendedAwait = nil
            do {
                switch try awaited.finishAwait(vm: self, value: value, error: error) {
                case .value(let v):
                    value = v
                    error = nil
                case .suspend(let payload):
                    fiber.suspendedAwait = awaited
                    fiber.state = .suspended
                    return .suspended(payload)
                }
            } catch let e as PyError {
                error = e.exception
            }
        }
        do {
            if let (callable, args) = fiber.pendingCall {
                fiber.pendingCall = nil
                if let r = try invoke(callable, args, [], mode: .native, fiber: fiber, pushOnCaller: false) {
                    fiber.state = .finished
                    return .returned(r)
                }
            } else if let coro = fiber.pendingCoroutine, let error {
                // Throwing into a coroutine that never started ends it at once.
                fiber.pendingCoroutine = nil
                coro.state = .finished
                fiber.state = .finished
                return .raised(error)
            } else if let coro = fiber.pendingCoroutine {
                fiber.pendingCoroutine = nil
                try startGenerator(coro, send: .none, mode: .native, fiber: fiber)
            } else if let error {
                try raiseInFiber(fiber, error)
            } else if fiber.state != .fresh, !fiber.frames.isEmpty, fiber.resumePending {
                fiber.frames[fiber.frames.count - 1].stack[fiber.frames[fiber.frames.count - 1].stack.count - 1] = value
            }
            fiber.resumePending = false
        } catch let e as PyError {
            fiber.state = .finished
            fiber.frames.removeAll()
            return .raised(e.exception)
        }
        return try run(fiber, pausable: pausable)
    }

    /// Runs a fiber's frames from where they are until it returns, raises, suspends or pauses.
    private func run(_ fiber: Fiber, pausable: Bool) throws -> FiberOutcome {
        do {
            pauseEnabled = pausable
            switch try execute(fiber, stopDepth: 0) {
            case .returned(let v):
                fiber.state = .finished
                return .returned(v)
            case .yielded:
                throw VMFatal.internalError("a fiber's bottom frame yielded")
            case .suspended(let payload):
                fiber.state = .suspended
                fiber.resumePending = true
                return .suspended(payload)
            case .paused:
                fiber.state = .paused
                return .paused
            }
        } catch let e as PyError {
            fiber.state = .finished
            fiber.frames.removeAll()
            return .raised(e.exception)
        }
    }

    /// Delivers an exception at the point where the fiber is suspended.
    private func raiseInFiber(_ fiber: Fiber, _ error: PyBaseException) throws {
        fiber.resumePending = false
        let frame = fiber.frames[fiber.frames.count - 1]
        frame.stack.removeLast()
        try unwind(fiber, PyError(error), startDepth: 0)
    }

    /// Asks the running fiber to suspend after the current native call returns.
    /// Fails when the fiber cannot suspend (inside a callback from Swift code).
    public func suspend(_ payload: AnyObject) throws {
        guard let fiber = currentFiber else { throw runtimeError("cannot suspend outside a running fiber") }
        if fiber.nativeDepth > 0 {
            throw runtimeError("cannot block or await inside a function called from a builtin (for example a sort key or __str__)")
        }
        pendingSuspension = payload
    }

    /// Receives Python warnings (category, message, location); set by the engine.
    public var onWarning: ((_ category: String, _ message: String, _ location: SourceLocation?) -> Void)?

    /// Closes generators dropped while suspended inside try/finally (their `finally` runs).
    func closeDroppedGenerators() {
        while let (frame, finalizer) = pendingGeneratorCloses.popLast() {
            if let finalizer {
                let agen = PyGenerator(frame: frame, isCoroutine: false, isAsyncGenerator: true)
                agen.state = .suspended
                agen.hooksInitialized = true
                finalizer(agen)
                continue
            }
            let gen = PyGenerator(frame: frame, isCoroutine: false)
            gen.state = .suspended
            do {
                try closeGenerator(gen)
            } catch let e as PyError {
                output(.stderr, "Exception ignored in: <generator object \(gen.qualname) at \(address(gen))>\n" + formatTraceback(e.exception, file: filename, source: source))
            } catch {}
        }
    }

    /// Issues a warning as CPython's `warnings` module prints it on stderr.
    public func warn(category: String, message: String, at location: SourceLocation?) {
        if let onWarning {
            onWarning(category, message, location)
            return
        }
        output(.stderr, "\(filename):\(location?.line ?? 1): \(category): \(message)\n")
    }

    /// The exception being handled by the running fiber (`sys.exc_info()`).
    public var handledException: PyBaseException? { currentFiber?.handled }

    /// Whether the running fiber could suspend right now.
    public var canSuspend: Bool { (currentFiber?.nativeDepth ?? 1) == 0 }

    // MARK: Calling from Swift

    /// Calls any callable and returns its result, running Python code in a nested loop on the
    /// current fiber (or a scratch fiber when none is running).
    @discardableResult
    public func call(_ callable: Value, _ args: [Value], keywords: [(String, Value)] = []) throws -> Value {
        let fiber: Fiber
        var scratch = false
        if let f = currentFiber {
            fiber = f
        } else {
            nextFiberID += 1
            fiber = Fiber(id: nextFiberID, name: "callback")
            currentFiber = fiber
            scratch = true
        }
        defer { if scratch { currentFiber = nil } }
        let depth = fiber.frames.count
        if let r = try invoke(callable, args, keywords, mode: .native, fiber: fiber, pushOnCaller: false) { return r }
        fiber.nativeDepth += 1
        defer { fiber.nativeDepth -= 1 }
        switch try execute(fiber, stopDepth: depth) {
        case .returned(let v): return v
        case .yielded: throw VMFatal.internalError("unexpected yield from a called function")
        case .suspended: throw runtimeError("cannot suspend inside a nested call")
        case .paused: throw VMFatal.internalError("a nested call paused")
        }
    }

    /// Runs library code (a runtime's Python-level module) into a new module.
    public func execModule(name: String, code: CodeObject) throws -> PyModule {
        let module = PyModule(name: name)
        module["__name__"] = .str(name)
        modules[name] = module
        try exec(code, in: module)
        return module
    }

    /// Runs module-level library code in an existing module's namespace (a library package
    /// runs its files one after another in its one namespace).
    public func exec(_ code: CodeObject, in module: PyModule) throws {
        let frame = Frame(code: Code(code, globals: module.globals), function: nil, globals: module.globals)
        frame.mode = .native
        let fiber = currentFiber ?? Fiber(id: newFiberID(), name: "import")
        let previous = currentFiber
        currentFiber = fiber
        defer { currentFiber = previous }
        let depth = fiber.frames.count
        try pushFrame(frame, on: fiber)
        fiber.nativeDepth += 1
        defer { fiber.nativeDepth -= 1 }
        _ = try execute(fiber, stopDepth: depth)
    }

    public func newFiberID() -> Int {
        nextFiberID += 1
        return nextFiberID
    }
}
