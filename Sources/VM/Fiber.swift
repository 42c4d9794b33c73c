import Language

/// What a frame's result does when the frame returns or yields.
enum ReturnMode {
    /// Push the result on the caller's stack.
    case normal
    /// `__init__`: the result must be None; push the new instance instead.
    case initialize(Value)
    /// A class body: build the class from the namespace and push it.
    case classBody(name: String, bases: [Value], keywords: [(String, Value)])
    /// A generator resumed by FOR_ITER: yields push the value; returning jumps the caller to `exit`.
    case forIter(exit: Int)
    /// A Python `__next__` called by FOR_ITER: the result is the next item; StopIteration
    /// leaving it ends the loop (the caller jumps to `exit`).
    case forIterNext(exit: Int)
    /// A generator resumed by `next()`/`send()` from Python code: return raises StopIteration.
    case send
    /// A sub-generator of `yield from` or a coroutine of `await`: yields pass up; return
    /// pushes the result and moves the caller past its YIELD_FROM/AWAIT.
    case delegate
    /// The bottom frame of a native call into Python (`VM.call`): the nested run returns.
    case native
    /// An async generator resumed by awaiting `op` (`__anext__`, `asend`, `athrow`,
    /// `aclose`): a yield or return completes the caller's AWAIT as the operation says.
    case asyncGenerator(AsyncGeneratorOp)
}

/// One activation of a code object. Locals occupy the first slots of `stack`.
public final class Frame {
    // `code` and `globals` are constants: the interpreter reads them on every instruction,
    // and a `let` lets the compiler keep them in registers. A frame is only ever reused for
    // the same code (see `VM.makeFrame`).
    public let code: Code
    /// `code.program`, one load nearer to the dispatch loop.
    let program: UnsafeMutablePointer<Instruction>
    private(set) var function: PyFunction?
    let globals: Globals
    var ip = 0
    var stack: ValueStack
    var cells: [PyCell]
    /// Class bodies store names here.
    var namespace: PyDict?
    var mode: ReturnMode = .normal
    /// The generator or coroutine this frame belongs to. Not `weak` (a weakly referenced
    /// object takes the slow reference-counting path on every retain): the generator clears
    /// it when it goes away.
    unowned(unsafe) var generator: PyGenerator?

    init(code: Code, function: PyFunction?, globals: Globals) {
        self.code = code
        self.program = code.program
        self.function = function
        self.globals = globals
        self.stack = ValueStack(capacity: code.localCount + 8, slots: code.localCount)
        self.cells = []
        locals = BoundFlags(count: code.localCount)
    }

    /// Which local slots are bound (unbound locals raise UnboundLocalError).
    let locals: BoundFlags

    /// Drops everything the finished activation held (so objects die when CPython's would),
    /// keeping the buffers for `reuse`.
    func clear() {
        releaseValues()
        namespace = nil
        mode = .normal
        generator = nil
        function = nil
    }

    /// Drops the locals and operands of a frame that will never run again.
    func releaseValues() {
        stack.removeLast(stack.count)
        if !cells.isEmpty { cells = [] }
    }

    /// Makes a cleared frame of the same code a fresh activation.
    func reuse(function: PyFunction?) {
        self.function = function
        ip = 0
        stack.fill(slots: code.localCount, capacity: code.localCount + 8)
        locals.unbindAll()
    }

    /// Whether the paused instruction sits inside a try/with handler range.
    var isInsideHandler: Bool {
        let pc = Int32(max(0, ip - 1))
        return code.object.handlers.contains { pc >= $0.start && pc < $0.end }
    }

    /// The source line currently executing.
    public var line: Int32 { code.location(at: max(0, ip - 1)).line }
    public var location: SourceLocation { code.location(at: max(0, ip - 1)) }
}

/// A suspendable thread of Python execution with its own frame stack: the main program,
/// an asyncio task, a greenlet, a worker thread. The VM runs a fiber until it returns,
/// raises, or suspends; a runtime decides when to resume it.
public final class Fiber {
    /// `paused`: stopped between two instructions at the host's request (`VM.resume(pausable:)`).
    public enum State: Equatable { case fresh, running, suspended, paused, finished }

    public let id: Int
    public internal(set) var state: State = .fresh
    var frames = FrameStack()
    /// The exception currently being handled (`except` blocks), for bare `raise` and chaining.
    var handled: PyBaseException?
    /// Nested native-to-Python calls in progress: suspension is impossible while > 0.
    var nativeDepth = 0
    /// Value delivered by the runtime when resuming (becomes the suspended call's result).
    var resumeValue: Value = .none
    var resumeError: PyBaseException?
    /// The runtime object this fiber runs for (task, greenlet, ...). Not `weak`, for speed:
    /// an owner clears it in its `deinit`.
    public unowned(unsafe) var owner: AnyObject?
    public var name: String
    /// A fresh fiber's first action: a call or a coroutine to drive.
    var pendingCall: (Value, [Value])?
    var pendingCoroutine: PyGenerator?
    /// The top of the innermost frame's stack is a placeholder for the suspended call's result.
    var resumePending = false
    /// The native awaitable that suspended the fiber and finishes the await on resumption.
    var suspendedAwait: NativeAwaitable?

    init(id: Int, name: String) {
        self.id = id
        self.name = name
    }

    /// Source location of the innermost frame.
    public var location: SourceLocation? { frames.last?.location }

    /// The innermost position in `file` (skipping runtime library frames).
    public func location(inFile file: String) -> SourceLocation? {
        frames.last(where: { $0.code.object.filename == file })?.location
    }
    public var depth: Int { frames.count }

    /// What the innermost frame of `file` is calling: the function name of the frame just
    /// above it; nil when that frame is innermost (it calls native code or nothing), ""
    /// when no frame of `file` is running.
    public func callee(ofFile file: String) -> String? {
        var i = frames.count - 1
        while i >= 0 && frames[i].code.object.filename != file { i -= 1 }
        if i < 0 { return "" }
        return i == frames.count - 1 ? nil : frames[i + 1].code.object.name
    }

    /// The innermost frame running code of `file`: its position and function name
    /// (`<module>` at top level), for logging's `%(lineno)d` and `%(funcName)s`.
    public func caller(inFile file: String) -> (location: SourceLocation, function: String)? {
        frames.last(where: { $0.code.object.filename == file }).map { ($0.location, $0.code.object.name) }
    }
}

/// The outcome of running a fiber.
public enum FiberOutcome {
    case returned(Value)
    case raised(PyBaseException)
    /// The fiber is waiting; the payload is whatever the suspending native function passed.
    case suspended(AnyObject)
    /// A pausable resumption stopped between two instructions; resume the fiber to go on.
    case paused
}

/// A generator or coroutine object: a frame that is started, suspended and resumed.
public final class PyGenerator: PyObject {
    public enum State { case created, running, suspended, finished }
    let frame: Frame
    public internal(set) var state: State = .created
    public let isCoroutine: Bool
    /// `async def` with `yield`: driven through `AsyncGeneratorOp` awaitables.
    public let isAsyncGenerator: Bool
    /// An async generator's first operation has called the `firstIter` hook.
    var hooksInitialized = false
    /// `aclose()` has been started on this async generator (CPython's `ag_closed`).
    var closeStarted = false
    /// Called with a stand-in for an async generator dropped while suspended (set from the
    /// hooks when it was first iterated; asyncio schedules its `aclose()`).
    var finalizer: ((PyGenerator) -> Void)?
    public var name: String { frame.function?.name ?? frame.code.name }
    public var qualname: String { frame.function?.qualname ?? frame.code.object.qualname }
    /// Where the generator stands, if its code is in `file`.
    public func location(inFile file: String) -> SourceLocation? {
        frame.code.object.filename == file ? frame.location : nil
    }
    /// Set once a coroutine has been awaited or wrapped by a task (for "never awaited" warnings).
    public var wasAwaited = false

    /// Where the generator or coroutine object was created (the caller's line).
    public let creationLocation: SourceLocation?

    init(frame: Frame, isCoroutine: Bool, isAsyncGenerator: Bool = false, creationLocation: SourceLocation? = nil) {
        self.frame = frame
        self.isCoroutine = isCoroutine
        self.isAsyncGenerator = isAsyncGenerator
        self.creationLocation = creationLocation
        let type = isAsyncGenerator ? Builtins.asyncGeneratorType : isCoroutine ? Builtins.coroutineType : Builtins.generatorType
        super.init(type: type)
        frame.generator = self
    }

    deinit {
        frame.generator = nil
        guard let vm = VM.active else { return }
        if isCoroutine && state == .created && !wasAwaited {
            // CPython names the line running when the coroutine goes away (`del coros`).
            let running = vm.currentFiber?.frames.last.flatMap { $0.code.object.filename == vm.filename ? $0.location : nil }
            vm.warn(category: "RuntimeWarning", message: "coroutine '\(qualname)' was never awaited", at: running ?? creationLocation)
        } else if !isCoroutine && !isAsyncGenerator && state == .suspended && frame.isInsideHandler {
            // CPython closes a suspended generator when its last reference goes away, which
            // runs its `finally` blocks; the VM does it at the next instruction.
            vm.pendingGeneratorCloses.append((frame, nil))
            vm.requestCheckpoint()
        } else if isAsyncGenerator && state == .suspended, let finalizer {
            vm.pendingGeneratorCloses.append((frame, finalizer))
            vm.requestCheckpoint()
        }
    }

    public var location: SourceLocation { frame.location }
    public var codeLocation: SourceLocation { frame.code.object.location }
    /// The code object's file name (`co_filename`).
    public var codeFilename: String { frame.code.object.filename }
}
