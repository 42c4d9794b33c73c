import Loop
import Trace
import VM

/// `threading.Event` for loopscope's threads (what concurrent.futures waits on): the main
/// thread waits by handing control to the loop until the event is set or the timeout passes;
/// a worker thread waits alone. Greenlets and asyncio tasks cannot block on it (they would
/// block the whole thread, which loopscope refuses with a clear error).
final class ThreadEvent: PyObject {
    private(set) var isSet = false
    private var parked: [ThreadPool.Worker] = []
    unowned let engine: Engine

    init(engine: Engine, type: PyType) {
        self.engine = engine
        super.init(type: type)
    }

    func set() {
        guard !isSet else { return }
        isSet = true
        let waiting = parked
        parked.removeAll()
        for worker in waiting { wake(worker, value: true) }
    }

    func clear() { isSet = false }

    /// `wait(timeout)`: true when the event is set, false on timeout.
    func wait(timeout: Int64?) throws -> Value {
        if isSet { return .bool(true) }
        if let t = timeout, t <= 0 { return .bool(false) }
        let vm = engine.vm
        guard let fiber = vm.currentFiber else { return .bool(false) }
        if fiber.owner is ThreadPool.Worker {
            try vm.suspend(ThreadEventWait(event: self, timeout: timeout))
        } else if fiber === engine.mainFiber {
            try vm.suspend(EventMainWait(event: self, timeout: timeout, engine: engine))
        } else {
            throw vm.runtimeError("waiting for a thread (concurrent.futures) inside an asyncio task or a greenlet is not supported by loopscope: it would block the event loop; use loop.run_in_executor or asyncio.wrap_future and await")
        }
        return .none
    }

    /// A worker thread waits here until `set()` or its timeout.
    func park(_ worker: ThreadPool.Worker, timeout: Int64?) {
        parked.append(worker)
        if let t = timeout {
            worker.waitTimer = engine.loop.callLater(t, Job(run: { [unowned(unsafe) self] in
                worker.waitTimer = nil
                guard let i = self.parked.firstIndex(where: { $0 === worker }) else { return }
                self.parked.remove(at: i)
                worker.pool.run(worker, value: .bool(false), error: nil)
            }, task: worker.traceID))
        }
    }

    private func wake(_ worker: ThreadPool.Worker, value: Bool) {
        if let t = worker.waitTimer { engine.loop.cancel(t) }
        worker.waitTimer = nil
        engine.trace.setState(worker.traceID, .ready)
        _ = engine.loop.callSoon(Job(run: { worker.pool.run(worker, value: .bool(value), error: nil) }, task: worker.traceID))
    }
}

/// What a worker thread suspends with while it waits for an event.
final class ThreadEventWait {
    let event: ThreadEvent
    let timeout: Int64?
    init(event: ThreadEvent, timeout: Int64?) {
        self.event = event
        self.timeout = timeout
    }
}

/// The main thread waits for an event: the loop runs the worker threads meanwhile.
final class EventMainWait: MainWait {
    let event: ThreadEvent
    private var timer: TimerID?
    private unowned let engine: Engine

    init(event: ThreadEvent, timeout: Int64?, engine: Engine) {
        self.event = event
        self.engine = engine
        super.init(checkAfterEveryStep: true, reason: .label(engine.trace.intern("waiting for a thread")))
        if let t = timeout {
            timer = engine.loop.callLater(t, Job(run: { [weak self] in
                guard let self else { return }
                self.timer = nil
                if self.resumeWith == nil { self.resumeWith = (.bool(self.event.isSet), nil) }
            }, task: nil))
        }
    }

    override func poll() {
        guard resumeWith == nil, event.isSet else { return }
        if let t = timer { engine.loop.cancel(t) }
        timer = nil
        resumeWith = (.bool(true), nil)
    }
}

/// The main thread's `time.sleep` while worker threads run: the loop runs them meanwhile.
final class MainSleepWait: MainWait {
    init(until: Int64, engine: Engine) {
        super.init(checkAfterEveryStep: true, reason: .sleep(until: until))
        _ = engine.loop.callAt(until, Job(run: { [weak self] in self?.resumeWith = (.none, nil) }, task: nil))
    }
}
