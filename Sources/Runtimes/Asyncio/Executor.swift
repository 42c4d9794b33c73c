import Loop
import Trace
import VM

/// The default thread pool of `run_in_executor` / `to_thread`, modelled on the virtual
/// clock. A worker thread is a fiber: it starts running as soon as work is submitted to an
/// idle worker, a blocking `time.sleep` holds only that worker (its fiber waits on a
/// timer), and the result comes back to the loop with `call_soon_threadsafe`, as
/// `concurrent.futures` does.
final class Executor {
    /// CPython's default is `min(32, os.cpu_count() + 4)`; loopscope models a 4-CPU machine.
    static let defaultWorkers = 8

    unowned let runtime: AsyncioRuntime
    let resource: ResourceID
    private var idle: [Worker] = []
    private var workerCount = 0
    private var queue: [(Value, [Value], Future)] = []

    init(runtime: AsyncioRuntime) {
        self.runtime = runtime
        resource = runtime.engine.trace.createResource(kind: .executor, name: "ThreadPoolExecutor-0",
                                                       capacity: Int64(Executor.defaultWorkers))
        runtime.engine.trace.append(.resourceValue(resource, value: Int64(Executor.defaultWorkers)))
    }

    final class Worker {
        let name: String
        let traceID: TaskID
        var fiber: Fiber?
        var future: Future?
        init(name: String, traceID: TaskID) {
            self.name = name
            self.traceID = traceID
        }
        deinit {
            if let fiber, fiber.owner === self { fiber.owner = nil }
        }
    }

    /// Submits `fn(*args)`; the returned asyncio future completes on the loop.
    func submit(_ fn: Value, _ args: [Value]) -> Future {
        let f = Future(runtime: runtime)
        f.waitReason = .executor(resource)
        queue.append((fn, args, f))
        dispatch()
        return f
    }

    private func dispatch() {
        while !queue.isEmpty {
            let worker: Worker
            if let w = idle.popLast() {
                worker = w
            } else if workerCount < Executor.defaultWorkers {
                let name = "ThreadPoolExecutor-0_\(workerCount)"
                workerCount += 1
                worker = Worker(name: name, traceID: runtime.engine.trace.createTask(name: name, kind: .thread))
            } else {
                return
            }
            let (fn, args, future) = queue.removeFirst()
            start(worker, fn, args, future)
        }
    }

    private func start(_ worker: Worker, _ fn: Value, _ args: [Value], _ future: Future) {
        do {
            let fiber = try runtime.vm.makeFiber(name: worker.name, calling: fn, args)
            fiber.owner = worker
            worker.fiber = fiber
            worker.future = future
            run(worker, value: .none)
        } catch {
            runtime.engine.fail(error)
        }
    }

    /// Runs the worker's fiber until it blocks in `time.sleep` or finishes.
    private func run(_ worker: Worker, value: Value) {
        guard let fiber = worker.fiber else { return }
        let engine = runtime.engine
        let previous = engine.currentTask
        engine.currentTask = worker.traceID
        engine.trace.setState(worker.traceID, .running)
        defer { engine.currentTask = previous }
        let outcome: FiberOutcome
        do {
            outcome = try runtime.vm.resume(fiber, value: value)
        } catch {
            engine.fail(error)
            return
        }
        switch outcome {
        case .suspended(let payload):
            guard let sleep = payload as? WorkerSleep else {
                engine.fail(VMFatal.internalError("a worker thread can only block in time.sleep"))
                return
            }
            engine.trace.setState(worker.traceID, .blocked, .sleep(until: sleep.until))
            _ = engine.loop.callAt(sleep.until, Job(run: { [unowned(unsafe) self] in self.run(worker, value: .none) }, task: worker.traceID))
        case .returned(let v):
            finish(worker) { try? $0.setResult(v) }
        case .raised(let e):
            finish(worker) { try? $0.setException(e) }
        }
    }

    private func finish(_ worker: Worker, _ deliver: @escaping (Future) -> Void) {
        runtime.engine.trace.setState(worker.traceID, .waiting, .label(runtime.engine.trace.intern("idle")))
        if let f = worker.future {
            runtime.scheduleJob(task: nil, label: "_call_set_state") {
                if !f.isDone { deliver(f) }
            }
        }
        worker.fiber = nil
        worker.future = nil
        idle.append(worker)
        dispatch()
    }
}

/// A worker thread's `time.sleep`: only that worker waits.
final class WorkerSleep {
    let until: Int64
    init(until: Int64) { self.until = until }
}

extension AsyncioRuntime {
    var executor: Executor {
        if let e = defaultExecutor { return e }
        let e = Executor(runtime: self)
        defaultExecutor = e
        return e
    }
}

extension Engine {
    /// `time.sleep` inside a worker thread: suspends only that worker. Returns false when the
    /// running fiber is not a worker.
    func workerSleep(_ ns: Int64) throws -> Bool {
        guard let fiber = vm.currentFiber, fiber.owner is Executor.Worker else { return false }
        try vm.suspend(WorkerSleep(until: VirtualTime.adding(loop.now, ns)))
        return true
    }
}
