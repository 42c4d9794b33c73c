import Loop
import Trace
import VM

/// A pool of worker threads on the virtual clock: asyncio's default executor and every
/// `concurrent.futures.ThreadPoolExecutor`. A worker thread is a fiber: it starts running as
/// soon as work is submitted to an idle worker (or a new one, up to `maxWorkers`), and a
/// blocking `time.sleep` or event wait holds only that worker. Work waits in a FIFO queue
/// while every worker is busy, as in CPython's ThreadPoolExecutor.
final class ThreadPool {
    /// CPython's default is `min(32, os.cpu_count() + 4)`; loopscope models a 4-CPU machine.
    static let defaultWorkers = 8

    typealias Completion = (Value?, PyBaseException?) -> Void

    unowned let engine: Engine
    let name: String
    let maxWorkers: Int
    let resource: ResourceID
    private var idle: [Worker] = []
    private var workerCount = 0
    private var queue: [(Value, [Value], Completion)] = []
    private(set) var busyCount = 0
    /// An idle worker takes new work only when the submitting thread next blocks (it must
    /// wake up and get the GIL first), while a new worker runs at once until it blocks, as
    /// with CPython's ThreadPoolExecutor. asyncio's default executor starts both at once.
    let idleWorkersStartLater: Bool

    init(engine: Engine, name: String, maxWorkers: Int = ThreadPool.defaultWorkers, idleWorkersStartLater: Bool = false) {
        self.engine = engine
        self.name = name
        self.maxWorkers = maxWorkers
        self.idleWorkersStartLater = idleWorkersStartLater
        resource = engine.trace.createResource(kind: .executor, name: name, capacity: Int64(maxWorkers))
        engine.markIfInternal(resource, kind: .executor)
        engine.trace.append(.resourceValue(resource, value: Int64(maxWorkers)))
    }

    final class Worker {
        let name: String
        let traceID: TaskID
        unowned let pool: ThreadPool
        var fiber: Fiber?
        var completion: Completion?
        /// The timer of a timed event wait (cancelled when the event wakes the worker first).
        var waitTimer: TimerID?
        init(name: String, traceID: TaskID, pool: ThreadPool) {
            self.name = name
            self.traceID = traceID
            self.pool = pool
        }
        deinit {
            if let fiber, fiber.owner === self { fiber.owner = nil }
        }
    }

    /// No work running or queued.
    var isIdle: Bool { busyCount == 0 && queue.isEmpty }

    /// Runs `fn(*args)` on a worker; `done` gets the result or the exception, in the worker.
    func submit(_ fn: Value, _ args: [Value], done: @escaping Completion) {
        queue.append((fn, args, done))
        dispatch()
    }

    private func dispatch() {
        while !queue.isEmpty {
            let worker: Worker
            if let w = idle.popLast() {
                if idleWorkersStartLater {
                    let (fn, args, done) = queue.removeFirst()
                    busyCount += 1
                    engine.trace.setState(w.traceID, .ready)
                    _ = engine.loop.callSoon(Job(run: { [unowned(unsafe) self] in
                        self.busyCount -= 1
                        self.start(w, fn, args, done)
                    }, task: w.traceID))
                    continue
                }
                worker = w
            } else if workerCount < maxWorkers {
                let workerName = "\(name)_\(workerCount)"
                workerCount += 1
                worker = Worker(name: workerName, traceID: engine.trace.createTask(name: workerName, kind: .thread), pool: self)
            } else {
                return
            }
            let (fn, args, done) = queue.removeFirst()
            start(worker, fn, args, done)
        }
    }

    private func start(_ worker: Worker, _ fn: Value, _ args: [Value], _ done: @escaping Completion) {
        do {
            let fiber = try engine.vm.makeFiber(name: worker.name, calling: fn, args)
            fiber.owner = worker
            worker.fiber = fiber
            worker.completion = done
            busyCount += 1
            run(worker, value: .none, error: nil)
        } catch {
            engine.fail(error)
        }
    }

    /// Runs the worker's fiber until it blocks (sleep, event wait) or finishes.
    func run(_ worker: Worker, value: Value, error: PyBaseException?) {
        guard let fiber = worker.fiber else { return }
        let previous = engine.currentTask
        engine.currentTask = worker.traceID
        engine.trace.setState(worker.traceID, .running)
        defer { engine.currentTask = previous }
        let outcome: FiberOutcome
        do {
            outcome = try engine.vm.resume(fiber, value: value, error: error)
        } catch {
            engine.fail(error)
            return
        }
        switch outcome {
        case .suspended(let payload):
            if let sleep = payload as? WorkerSleep {
                engine.trace.setState(worker.traceID, .blocked, .sleep(until: sleep.until))
                _ = engine.loop.callAt(sleep.until, Job(run: { [unowned(unsafe) self] in self.run(worker, value: .none, error: nil) }, task: worker.traceID))
            } else if let wait = payload as? ThreadEventWait {
                engine.trace.setState(worker.traceID, .waiting, .label(engine.trace.intern("Event.wait")))
                wait.event.park(worker, timeout: wait.timeout)
            } else {
                engine.fail(VMFatal.internalError("a worker thread can only block in time.sleep or an event wait"))
            }
        case .returned(let v):
            finish(worker) { $0(v, nil) }
        case .raised(let e):
            finish(worker) { $0(nil, e) }
        case .paused:
            engine.fail(VMFatal.internalError("a worker thread paused"))  // never: not resumed pausable
        }
    }

    private func finish(_ worker: Worker, _ deliver: (Completion) -> Void) {
        engine.trace.setState(worker.traceID, .waiting, .label(engine.trace.intern("idle")))
        let done = worker.completion
        worker.fiber = nil
        worker.completion = nil
        busyCount -= 1
        idle.append(worker)
        if let done { deliver(done) }
        dispatch()
    }
}

/// A worker thread's `time.sleep`: only that worker waits.
final class WorkerSleep {
    let until: Int64
    init(until: Int64) { self.until = until }
}

extension Engine {
    /// `time.sleep` inside a worker thread: suspends only that worker. Returns false when the
    /// running fiber is not a worker.
    func workerSleep(_ ns: Int64) throws -> Bool {
        guard let fiber = vm.currentFiber, fiber.owner is ThreadPool.Worker else { return false }
        try vm.suspend(WorkerSleep(until: loop.now + ns))
        return true
    }
}
