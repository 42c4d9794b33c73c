import VM

/// Every thread pool of a run: CPython numbers ThreadPoolExecutors in creation order
/// (`ThreadPoolExecutor-0`, `-1`, ...), and the main thread's `time.sleep` lets busy workers run.
final class ThreadRegistry {
    private(set) var pools: [ThreadPool] = []

    /// A new pool named `prefix` or `ThreadPoolExecutor-N`.
    func makePool(engine: Engine, prefix: String?, maxWorkers: Int, idleWorkersStartLater: Bool = false) -> ThreadPool {
        let name = prefix ?? "ThreadPoolExecutor-\(pools.count)"
        let pool = ThreadPool(engine: engine, name: name, maxWorkers: maxWorkers, idleWorkersStartLater: idleWorkersStartLater)
        pools.append(pool)
        return pool
    }

    var hasBusyWorkers: Bool { pools.contains { $0.busyCount > 0 } }
}

extension Engine {
    var threads: ThreadRegistry { runtime("threads") { ThreadRegistry() } }

    /// The main thread's `time.sleep` while worker threads are busy: the workers keep running.
    /// Returns false when the main thread is not the one sleeping or no worker is busy.
    func mainSleepBesideWorkers(_ ns: Int64) throws -> Bool {
        guard ns > 0, vm.currentFiber === mainFiber, (runtimes["threads"] as? ThreadRegistry)?.hasBusyWorkers == true else {
            return false
        }
        try vm.suspend(MainSleepWait(until: loop.now + ns, engine: self))
        return true
    }
}
