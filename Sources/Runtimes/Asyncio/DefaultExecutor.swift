import VM

/// The loop's default executor (`run_in_executor(None, ...)`, `to_thread`): a thread pool whose
/// result comes back to the loop with `call_soon_threadsafe`, as `wrap_future` does.
extension AsyncioRuntime {
    var executor: ThreadPool {
        if let e = defaultExecutor { return e }
        let e = engine.threads.makePool(engine: engine, prefix: nil, maxWorkers: ThreadPool.defaultWorkers)
        defaultExecutor = e
        return e
    }

    /// Submits `fn(*args)`; the returned asyncio future completes on the loop.
    func submitToExecutor(_ fn: Value, _ args: [Value]) -> Future {
        let f = Future(runtime: self)
        f.waitReason = .executor(executor.resource)
        executor.submit(fn, args) { [unowned(unsafe) self] value, error in
            self.scheduleJob(task: nil, label: "_call_set_state") {
                guard !f.isDone else { return }
                if let error { try? f.setException(error) } else { try? f.setResult(value ?? .none) }
            }
        }
        return f
    }
}
