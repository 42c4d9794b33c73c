import Language
import Loop
import Trace
import VM

/// A unit of work on the event loop: resuming a task's fiber or running a callback.
public struct Job {
    let run: () -> Void
    let task: TaskID?
}

/// What the main program waits for when it hands control to the loop (`asyncio.run`,
/// `gevent.sleep` in the main greenlet, ...). The engine runs the loop until `resumeWith`
/// is set, checking after every step or only at the end of a tick.
open class MainWait {
    /// Set by the runtime when the main program may continue.
    public var resumeWith: (value: Value, error: PyBaseException?)?

    /// Called by the engine after every step or tick; a runtime sets `resumeWith` here.
    open func poll() {}
    /// asyncio's `run_until_complete` stops at the end of a tick; a greenlet switch is immediate.
    public let checkAfterEveryStep: Bool
    /// The reason shown for the main task while it waits.
    public let reason: WaitReason
    /// `gevent.wait()`: the wait ends when the loop has nothing left to run.
    public var resumesWhenIdle = false
    /// gevent raises LoopExit in the main greenlet instead of stopping with a deadlock.
    public var deadlockError: (() -> PyBaseException)?

    public init(checkAfterEveryStep: Bool, reason: WaitReason) {
        self.checkAfterEveryStep = checkAfterEveryStep
        self.reason = reason
    }
}

/// Runs one scenario: the VM executes the program; the loop and the virtual clock decide
/// what runs when; everything observable goes into the trace.
public final class Engine {
    public let file: String
    public let source: String
    /// The command-line arguments after the scenario: `sys.argv[1:]`.
    public var arguments: [String] = []
    public let vm: VM
    public let trace = Trace()
    public private(set) var loop: EventLoop<Job>!
    /// Called for every piece of text the program writes, with the virtual time.
    public var onOutput: ((_ time: Int64, _ stream: VM.OutputStream, _ text: String) -> Void)?
    /// Warnings already shown (category, message and line).
    private var warned: Set<String> = []
    /// The scenario's lines, for warnings.
    private lazy var sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    /// Who holds each semaphore, lock and pool slot.
    private(set) lazy var holders = ResourceHolders(trace: trace)
    /// The trace task of the fiber running now.
    public internal(set) var currentTask: TaskID?
    let mainFiber: Fiber
    let mainTask: TaskID
    /// Runtime state per module family, created on first import (`runtime(_:make:)`).
    var runtimes: [String: AnyObject] = [:]

    /// The runtime state kept under `key`, made by `make` the first time it is asked for.
    func runtime<R: AnyObject>(_ key: String, make: () -> R) -> R {
        if let r = runtimes[key] as? R { return r }
        let r = make()
        runtimes[key] = r
        return r
    }

    public init(file: String, source: String) throws(Diagnostic) {
        let code = try Compiler.compile(source: source, filename: file)
        self.file = file
        self.source = source
        vm = VM(filename: file, source: source)
        mainFiber = vm.makeMainFiber(code)
        mainTask = trace.createTask(name: "main", kind: .main, location: TraceLocation(line: 1, column: 1))
        loop = EventLoop(perform: { job in job.run() })
        loop.perform = { [unowned self] job in
            let handle = self.loop.currentHandle.map { UInt32(truncatingIfNeeded: $0.rawValue) } ?? 0
            _ = self.trace.beginStep(handle: handle, task: job.task)
            job.run()
        }
        installObserver()
        vm.moduleProvider = { [unowned self] _, name in try self.module(named: name) }
        vm.supportedModuleNames = Engine.moduleNames
        vm.output = { [unowned self] stream, text in self.write(stream, text) }
        vm.onWarning = { [unowned self] category, message, location in
            self.warn(category: category, message: message, location: location)
        }
    }

    /// A Python warning: printed on stderr as CPython does, and kept in the trace.
    func warn(category: String, message: String, location: SourceLocation?) {
        let line = Int(location?.line ?? 1)
        // Python's default warning filter shows a warning once per text, category and line
        // (100,000 coroutines never awaited on one line make one warning).
        guard warned.insert("\(category)\u{0}\(message)\u{0}\(line)").inserted else { return }
        var text = "\(file):\(line): \(category): \(message)\n"
        let lines = sourceLines
        if line >= 1 && line <= lines.count {
            let code = String(lines[line - 1].drop { $0 == " " || $0 == "\t" }).filter { $0 != "\r" }
            if !code.isEmpty { text += "  \(code)\n" }
        }
        if message.hasPrefix("coroutine ") {
            text += "\(category): Enable tracemalloc to get the object allocation traceback\n"
        }
        trace.append(.warning(text: trace.intern("\(category): \(message)"),
                              location: TraceLocation(line: Int32(line), column: location?.column ?? 0)))
        vm.output(.stderr, text)
    }

    private func installObserver() {
        loop.observer.clockAdvanced = { [unowned self] _, to in
            self.trace.advanceTime(to: to)
            if self.trace.count >= self.pauseAtEvents { self.vm.requestPause() }
        }
        loop.observer.tickBegan = { [unowned self] _, now in _ = self.trace.beginTick(at: now) }
        loop.observer.timerSet = { [unowned self] timer, deadline in
            self.trace.append(.timerSet(timer: UInt32(truncatingIfNeeded: timer.sequence), deadline: deadline))
        }
        loop.observer.timerFired = { [unowned self] timer, _ in
            self.trace.append(.timerFired(timer: UInt32(truncatingIfNeeded: timer.sequence)))
        }
        loop.observer.timerCancelled = { [unowned self] timer in
            self.trace.append(.timerCancelled(timer: UInt32(truncatingIfNeeded: timer.sequence)))
        }
    }

    private func write(_ stream: VM.OutputStream, _ text: String) {
        trace.output(text, stream: stream == .stdout ? .stdout : .stderr, task: currentTask)
        onOutput?(loop.now, stream, text)
        if trace.count >= pauseAtEvents { vm.requestPause() }
    }

    // MARK: Running (EngineAdvance.swift, EngineLimits.swift)

    public internal(set) var phase: Phase = .notStarted
    /// The budgets of this run; set before the first `advance`.
    public var limits = Limits()
    /// A fiber that paused between two instructions: the rest of its resumption, run by
    /// the next `advance` before anything else.
    var pausedWork: (() -> Void)?
    /// The wait whose loop step (or tick) is under way while a fiber in it is paused.
    var stepInProgress: MainWait?
    /// A fiber pauses at its next checkpoint once the trace holds this many events.
    var pauseAtEvents = Int.max

    /// Runs the main program until it waits for the loop again or ends. Runtimes call this
    /// from inside a loop job when the main greenlet is switched to (gevent), or the engine
    /// calls it between ticks (asyncio's `run_until_complete` returning); only the engine's
    /// own calls are `pausable` (nothing follows them but the engine).
    func resumeMain(value: Value, error: PyBaseException?, pausable: Bool = false) {
        trace.setState(mainTask, .running)
        phase = .running
        runMain(value: value, error: error, pausable: pausable)
    }

    /// Resumes the main fiber (again, after a pause) and takes in what it did.
    private func runMain(value: Value, error: PyBaseException?, pausable: Bool) {
        let previousTask = currentTask
        currentTask = mainTask
        defer { if previousTask != nil && previousTask != mainTask { currentTask = previousTask } }
        let outcome: FiberOutcome
        do {
            outcome = try vm.resume(mainFiber, value: value, error: error, pausable: pausable)
        } catch {
            finish(stopOutcome(error))
            return
        }
        switch outcome {
        case .returned:
            trace.setState(mainTask, .done)
            finish(finishMain(status: 0))
        case .raised(let e):
            if e.type.isSubtype(of: Builtins.systemExit) {
                trace.setState(mainTask, .done)
                finish(finishMain(status: exitStatus(e)))
                return
            }
            trace.setState(mainTask, .failed)
            let report = vm.formatTraceback(e, file: file, source: source)
            trace.append(.error(text: trace.intern(vm.exceptionSummary(e)), location: location(of: e)))
            vm.output(.stderr, report)
            finish(.exception(report: report))
        case .suspended(let payload):
            guard let wait = payload as? MainWait else {
                finish(.exception(report: "internal error: the main program suspended without a loop to run\n"))
                return
            }
            markWaiting(mainTask, fiber: mainFiber, wait.reason)
            phase = .waiting(wait)
        case .paused:
            pausedWork = { [unowned self] in self.runMain(value: .none, error: nil, pausable: true) }
        }
    }

    private func finishMain(status: Int32) -> Outcome {
        for hook in atExit { hook() }
        return .finished(status: status)
    }

    /// Runs once the main program has ended (asyncio's "Task was destroyed" warnings, ...).
    var atExit: [() -> Void] = []

    private func exitStatus(_ e: PyBaseException) -> Int32 {
        guard let code = e.args.first else { return 0 }
        switch code {
        case .none: return 0
        case .int(let i): return Int32(truncatingIfNeeded: i)
        default:
            vm.output(.stderr, ((try? vm.str(code)) ?? "") + "\n")
            return 1
        }
    }

    /// Run once when the loop has nothing ready (gevent's idle watchers).
    var idleHooks: [() -> Void] = []

    /// Set by a job that hit a limit or an internal error; the loop stops after that step.
    var pendingFatal: Outcome?

    /// Records an internal error (or a budget stop) raised inside a loop job.
    func fail(_ error: Error) {
        pendingFatal = stopOutcome(error)
    }

    func deadlockReport() -> String {
        var lines = ["deadlock at t=\(VirtualTime.format(loop.now)): every task is waiting and nothing is scheduled"]
        lines.append(contentsOf: waitingDescriptions())
        let text = lines.joined(separator: "\n")
        trace.append(.deadlock(text: trace.intern(text)))
        return text + "\n"
    }

    /// One line per waiting task, filled in by the runtimes.
    var waitingDescriptions: () -> [String] = { [] }

    // MARK: Task bookkeeping

    func markWaiting(_ task: TaskID, fiber: Fiber, _ reason: WaitReason) {
        if let loc = fiber.location(inFile: file) { trace.setLine(task, TraceLocation(line: loc.line, column: loc.column)) }
        trace.setState(task, .waiting, reason)
    }

    func location(of e: PyBaseException) -> TraceLocation {
        guard let last = e.traceback.last else { return .unknown }
        return TraceLocation(line: last.line, column: last.column)
    }

    /// The clock as seen by the program (`time.monotonic()`), in nanoseconds.
    public var now: Int64 { loop.now }

    /// `time.sleep` without a cooperative runtime: the thread is held and the clock moves.
    func blockingSleep(_ ns: Int64) {
        let task = currentTask ?? mainTask
        if task != mainTask, ns > 0 {
            // A blocking call inside a coroutine or callback freezes every other task.
            let loc = vm.currentFiber?.location(inFile: file)
            let seconds = VirtualTime.format(ns)
            trace.append(.warning(text: trace.intern("time.sleep(\(seconds.hasSuffix("000") ? String(Double(ns) / 1e9) : seconds)) blocked the event loop for \(seconds) s at line \(loc?.line ?? 0): nothing else could run"),
                                  location: TraceLocation(line: loc?.line ?? 0, column: loc?.column ?? 0)))
        }
        if let fiber = vm.currentFiber, let loc = fiber.location(inFile: file) {
            trace.setLine(task, TraceLocation(line: loc.line, column: loc.column))
        }
        trace.setState(task, .blocked, .sleep(until: VirtualTime.adding(loop.now, ns)))
        loop.advance(by: ns)
        trace.setState(task, .running)
    }
}
