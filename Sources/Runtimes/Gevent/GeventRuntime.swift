import Language
import Loop
import Trace
import VM

/// gevent on the engine: the hub is the event loop, every greenlet is a fiber, and the
/// main program is the main greenlet. Greenlets are only switched to from the hub (a loop
/// job), as in gevent; blocking means switching to the hub until someone switches back.
final class GeventRuntime {
    unowned(unsafe) let engine: Engine
    var vm: VM { engine.vm }
    let rawGreenletType: PyType
    let handleType: PyType
    /// The type of `_wait_reason(...)` results: a wait reason computed once and reused.
    let reasonType: PyType
    /// The greenlet object standing for the main program (`gevent.getcurrent()` in main).
    private(set) lazy var mainGreenlet: RawGreenlet = {
        let g = RawGreenlet(runtime: self, type: rawGreenletType)
        g.isMain = true
        g.traceID = engine.mainTask
        g.started = true
        return g
    }()
    /// What a `gevent.sleep` timer calls with the sleeping greenlet: switch back to it.
    lazy var sleepWake: Value = .object(PyNativeFunction("switch") { [unowned self] _, a in
        if case .object(let o) = a[0], let g = o as? RawGreenlet, !g.dead { self.switchTo(g, value: .none) }
        return .none
    })
    /// The greenlet running now (nil in the hub).
    var current: RawGreenlet?
    /// Greenlets that started and have not finished, in start order, with holes where some
    /// finished (strong references: weak ones would put every greenlet on Swift's slow
    /// reference-counting path).
    private var liveGreenlets: [RawGreenlet?] = []
    private var liveCount = 0
    var greenletSerial = 0
    var library: PyModule!
    private var timerHeap = LibevTimerHeap()
    private var refreshCounter: Int64 = 0
    private var cachedNow: Int64 = 0
    private var cachedRefresh: Int64 = 0
    private var masterTimer: TimerID?
    private var masterDeadline: Int64?
    /// True while hub callbacks run (as opposed to timer callbacks or the main program).
    private var inCallbackPhase = false

    init(engine: Engine) {
        self.engine = engine
        rawGreenletType = PyType(name: "greenlet", bases: [Builtins.objectType], layout: .native, isBuiltin: true, module: "greenlet")
        handleType = PyType(name: "callback", bases: [Builtins.objectType], layout: .native, isBuiltin: true, module: "gevent._ffi")
        reasonType = PyType(name: "wait_reason", bases: [Builtins.objectType], layout: .native, isBuiltin: true, module: "_loopscope_gevent")
        installGreenletMethods()
        // gevent's hub: callbacks drain before timers; libev refreshes its time per iteration.
        engine.loop.timersWaitForEmptyReadyQueue = true
        cachedNow = engine.now
        let previous = engine.loop.observer.tickBegan
        engine.loop.observer.tickBegan = { [unowned self] tick, now in
            previous?(tick, now)
            self.refreshLoopTime()
        }
    }

    /// The greenlet whose code is running (the main greenlet outside any spawned one).
    var currentGreenlet: RawGreenlet {
        if let c = current { return c }
        return mainGreenlet
    }

    /// Nesting of hub code (loop jobs) currently running.
    var hubDepth = 0
    var inHubCallback: Bool { hubDepth > 0 }
    /// `gevent.get_hub()`.
    lazy var hubObject: Value = .object(PyInstance(type: PyType(name: "Hub", bases: [Builtins.objectType], layout: .instance,
                                                                isBuiltin: false, module: "gevent.hub")))

    // MARK: Switching

    /// The running greenlet waits in the hub until something switches back to it.
    func switchToHub(reason: WaitReason, untilIdle: Bool = false) throws {
        let g = currentGreenlet
        if g.isMain {
            engine.markWaiting(engine.mainTask, fiber: engine.mainFiber, reason)
            let wait = MainWait(checkAfterEveryStep: true, reason: reason)
            wait.resumesWhenIdle = untilIdle
            wait.deadlockError = { [unowned self] in self.loopExit() }
            try vm.suspend(wait)
        } else {
            guard let fiber = g.fiber, vm.currentFiber === fiber else {
                throw vm.runtimeError("gevent: cannot block here (not inside a greenlet)")
            }
            g.pendingReason = reason
            try vm.suspend(HubSwitch.shared)
        }
    }

    /// Resumes `g` with a value or an exception; called from hub code (loop jobs).
    func switchTo(_ g: RawGreenlet, value: Value, error: PyBaseException? = nil) {
        if let t = g.sleepTimer {
            // the end of gevent.sleep: its timer goes (a no-op when the timer is what woke it)
            g.sleepTimer = nil
            stop(t)
        }
        if g.isMain {
            let previous = current
            current = g
            defer { current = previous }
            engine.resumeMain(value: value, error: error)
            return
        }
        guard let fiber = g.fiber, !g.dead else { return }
        let previous = current
        let previousTask = engine.currentTask
        current = g
        engine.currentTask = g.traceID
        engine.trace.setState(g.traceID!, .running)
        defer {
            current = previous
            engine.currentTask = previousTask
        }
        let outcome: FiberOutcome
        do {
            outcome = try vm.resume(fiber, value: value, error: error)
        } catch {
            engine.fail(error)
            return
        }
        switch outcome {
        case .suspended:
            engine.markWaiting(g.traceID!, fiber: fiber, g.pendingReason ?? .label(engine.trace.intern("hub")))
            g.pendingReason = nil
        case .returned:
            g.finish(error: nil)
        case .raised(let e):
            g.finish(error: e)
        case .paused:
            engine.fail(VMFatal.internalError("a greenlet paused"))  // never: not resumed pausable
        }
    }

    // MARK: Hub scheduling

    /// `loop.run_callback(fn, *args)`: runs in the hub, FIFO, in the next loop iteration.
    func runCallback(_ fn: Value, _ args: [Value], task: TaskID? = nil) -> CallbackHandle {
        let h = CallbackHandle(type: handleType)
        h.handle = engine.loop.callSoon(Job(run: { [unowned self, h] in
            guard !h.stopped else { return }
            h.stopped = true
            let outer = self.inCallbackPhase
            self.inCallbackPhase = true
            defer { self.inCallbackPhase = outer }
            self.runInHub(fn, args)
        }, task: task))
        return h
    }

    /// `loop.timer(seconds).start(fn, *args)`. The deadline counts from libev's cached loop
    /// time unless `update` refreshes it first (gevent.sleep and Timeout do).
    func timer(_ seconds: Double, _ fn: Value, _ args: [Value], update: Bool) -> CallbackHandle {
        // Starting a timer from the hub's callback phase reads the clock too.
        if update || inCallbackPhase { refreshLoopTime() }
        let h = CallbackHandle(type: handleType)
        h.isTimer = true
        h.timerKey = LibevTimerHeap.Key(at: VirtualTime.adding(cachedNow, VirtualTime.nanoseconds(fromSeconds: max(0, seconds))), refresh: cachedRefresh)
        h.timerCall = (fn, args)
        timerHeap.start(h)
        armMasterTimer()
        return h
    }

    func stop(_ h: CallbackHandle) {
        guard !h.stopped else { return }
        h.stopped = true
        if let c = h.handle { _ = engine.loop.cancel(c) }
        if h.isTimer {
            timerHeap.stop(h)
            h.timerCall = nil
            armMasterTimer()
        }
    }

    /// libev reads the clock again (each loop iteration, gevent.sleep, Timeout.start).
    func refreshLoopTime() {
        refreshCounter += 1
        cachedNow = engine.now
        cachedRefresh = refreshCounter
    }

    /// One engine-loop timer stands for the earliest gevent timer.
    private func armMasterTimer() {
        guard let first = timerHeap.min else {
            if let m = masterTimer { _ = engine.loop.cancel(m) }
            masterTimer = nil
            return
        }
        let at = first.timerKey.at
        if masterTimer != nil && masterDeadline == at { return }
        if let m = masterTimer { _ = engine.loop.cancel(m) }
        masterDeadline = at
        masterTimer = engine.loop.callAt(max(at, engine.now), Job(run: { [unowned self] in self.fireDueTimers() }, task: nil))
    }

    /// libev's timers_reify: every due timer, in heap order, then their callbacks in that order.
    private func fireDueTimers() {
        masterTimer = nil
        masterDeadline = nil
        refreshLoopTime()
        var due: [CallbackHandle] = []
        while let m = timerHeap.min, m.timerKey.at <= engine.now {
            timerHeap.stop(m)
            due.append(m)
        }
        let outer = inCallbackPhase
        inCallbackPhase = false
        defer { inCallbackPhase = outer }
        for h in due {
            guard !h.stopped, let (fn, args) = h.timerCall else { continue }
            h.stopped = true
            h.timerCall = nil
            runInHub(fn, args)
        }
        armMasterTimer()
    }

    /// Runs hub code; errors are reported as gevent's hub does (traceback on stderr).
    func runInHub(_ fn: Value, _ args: [Value]) {
        let previousTask = engine.currentTask
        let previous = current
        engine.currentTask = nil
        current = nil
        hubDepth += 1
        defer {
            engine.currentTask = previousTask
            current = previous
            hubDepth -= 1
        }
        do {
            try vm.call(fn, args)
        } catch let e as PyError {
            vm.output(.stderr, vm.formatTraceback(e.exception, file: engine.file, source: engine.source))
        } catch {
            engine.fail(error)
        }
    }

    /// gevent's LoopExit for a main greenlet that would wait forever.
    func loopExit() -> PyBaseException {
        let type = library.globals.get("LoopExit")?.asObject as? PyType ?? Builtins.runtimeError
        return PyBaseException(type: type, args: [.str("This operation would block forever\n\tHub: <Hub '' at 0x7f0000000000 epoll default pending=0 ref=0>\n\tHandles:\n[]")])
    }

    func greenletStarted(_ g: RawGreenlet) {
        g.liveIndex = liveGreenlets.count
        liveGreenlets.append(g)
        liveCount += 1
    }

    func greenletFinished(_ g: RawGreenlet) {
        guard g.liveIndex >= 0 else { return }
        liveGreenlets[g.liveIndex] = nil
        g.liveIndex = -1
        liveCount -= 1
        if liveGreenlets.count >= 64 && liveCount * 2 < liveGreenlets.count {
            liveGreenlets = liveGreenlets.filter { $0 != nil }
            for (i, live) in liveGreenlets.enumerated() { live!.liveIndex = i }
        }
    }

    /// Describes waiting greenlets for deadlock reports.
    func waitingDescriptions() -> [String] {
        liveGreenlets.compactMap { $0 }.sorted { $0.serial < $1.serial }.filter { $0.started && !$0.dead }.map {
            "  \($0.name) waits at line \($0.fiber?.location(inFile: engine.file)?.line ?? 0)"
        }
    }
}

/// Payload of a greenlet switching to the hub.
final class HubSwitch {
    nonisolated(unsafe) static let shared = HubSwitch()
}

/// A wait reason prepared by the library for repeated waits on the same objects
/// (`gevent.iwait`/`joinall` block once per finished object).
final class WaitReasonBox: PyObject {
    let reason: WaitReason
    init(type: PyType, reason: WaitReason) {
        self.reason = reason
        super.init(type: type)
    }
}

/// A scheduled hub callback or timer (`stop()` / `close()` cancel it).
final class CallbackHandle: PyObject {
    var handle: HandleID?
    /// A libev timer (`loop.timer`), as opposed to a callback.
    var isTimer = false
    var timerKey = LibevTimerHeap.Key(at: 0, refresh: 0)
    /// Where the timer sits in the heap (-1 when not in it).
    var heapIndex = -1
    /// What the timer calls, until it fires or is stopped.
    var timerCall: (Value, [Value])?
    var stopped = false
}

/// `greenlet.greenlet`: a fiber that runs `self.run(*args)` when first switched to.
final class RawGreenlet: PyObject {
    unowned(unsafe) let runtime: GeventRuntime
    /// Creation number (0 for the main greenlet).
    var serial = 0
    /// Where the runtime's list of live greenlets holds this one (-1: not in it).
    var liveIndex = -1
    var fiber: Fiber?
    var started = false
    var dead = false
    var isMain = false
    var traceID: TaskID?
    var pendingReason: WaitReason?
    /// The timer of the `gevent.sleep` this greenlet is in, if any.
    var sleepTimer: CallbackHandle?
    var name = "Greenlet"
    private lazy var attributeDict = PyAttributeDict()
    override var attributes: PyAttributeDict? { attributeDict }

    init(runtime: GeventRuntime, type: PyType) {
        self.runtime = runtime
        super.init(type: type)
    }

    deinit {
        if let fiber, fiber.owner === self { fiber.owner = nil }
    }

    /// Starts the fiber: it calls `self.run()`; hub code then switches to it.
    func start(args: [Value]) throws {
        let vm = runtime.vm
        let run = try vm.getAttribute(.object(self), "run")
        fiber = try vm.makeFiber(name: name, calling: run, args)
        fiber?.owner = self
        started = true
        runtime.greenletStarted(self)
        if traceID == nil { createTraceTask(run: run) }
    }

    /// The greenlet's row in the trace, from the moment it exists (a `Greenlet` is named
    /// and recorded by its `__init__`; a raw greenlet when it is scheduled or first run).
    func createTraceTask(run: Value) {
        let engine = runtime.engine
        traceID = engine.trace.createTask(name: name, kind: .greenlet, parent: engine.currentTask,
                                          location: engine.definitionLocation(of: run))
        engine.markIfInternal(traceID!, codeFile: ownLibraryCode(run))
        engine.taskCreated()
    }

    /// The file of `run` when it is this greenlet's own method (a subclass's `_run`), else
    /// nil: a greenlet spawned to run a function runs the spawner's choice.
    private func ownLibraryCode(_ run: Value) -> String? {
        guard case .object(let o) = run, let m = o as? PyBoundMethod, case .object(let r) = m.receiver, r === self,
              case .object(let f) = m.function, let fn = f as? PyFunction else { return nil }
        return fn.code.object.filename
    }

    func finish(error: PyBaseException?) {
        dead = true
        fiber = nil
        runtime.greenletFinished(self)
        if let id = traceID { runtime.engine.trace.setState(id, error == nil ? .done : .failed) }
        if let e = error {
            // greenlet semantics: an exception leaving `run` goes to the parent (the hub),
            // which prints it and carries on.
            runtime.vm.output(.stderr, runtime.vm.formatTraceback(e, file: runtime.engine.file, source: runtime.engine.source))
        }
    }
}
