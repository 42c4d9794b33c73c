import Loop
import Trace
import VM

/// `_loopscope_threads`: the native core of `concurrent.futures` (Python, on top): thread
/// pools whose workers are fibers on the virtual clock, and events the main thread or a
/// worker can wait on.
enum ThreadsModule {
    static func make(_ engine: Engine) -> PyModule {
        let m = PyModule(name: "_loopscope_threads")
        let eventType = PyType(name: "Event", bases: [Builtins.objectType], layout: .native, isBuiltin: true, module: "threading")
        eventType.constructor = { [unowned engine] _, t, _ in .object(ThreadEvent(engine: engine, type: t)) }
        func eventMethod(_ name: String, _ body: @escaping (ThreadEvent, inout Arguments) throws -> Value) {
            eventType.dict[name] = .object(PyNativeFunction(name, qualname: "Event.\(name)") { vm, a in
                guard a.count >= 1, let e = a[0].asObject as? ThreadEvent else {
                    throw vm.typeError("descriptor '\(name)' requires an 'Event' object")
                }
                return try body(e, &a)
            })
        }
        eventMethod("set") { e, _ in e.set(); return .none }
        eventMethod("clear") { e, _ in e.clear(); return .none }
        eventMethod("is_set") { e, _ in .bool(e.isSet) }
        eventMethod("wait") { [unowned engine] e, a in
            if let t = a.take("timeout") { a.positional.append(t) }
            let timeout = a.count < 2 || a[1].isNone ? nil : VirtualTime.nanoseconds(fromSeconds: max(0, try a.seconds(1, engine.vm, function: "wait")))
            return try e.wait(timeout: timeout)
        }
        m["Event"] = .object(eventType)

        let poolType = PyType(name: "_ThreadPool", bases: [Builtins.objectType], layout: .native, isBuiltin: true, module: "_loopscope_threads")
        m["_ThreadPool"] = .object(poolType)
        // _pool(max_workers, name): a pool of at most max_workers worker threads
        m.def("_pool") { [unowned engine] vm, a in
            try a.expect("_pool", 2)
            let name = a[1].isNone ? nil : try vm.str(a[1])
            let pool = engine.threads.makePool(engine: engine, prefix: name, maxWorkers: try vm.index(a[0]), idleWorkersStartLater: true)
            return .object(ThreadPoolObject(pool: pool, type: poolType))
        }
        // _submit(pool, fn): runs fn() on a worker thread
        m.def("_submit") { vm, a in
            try a.expect("_submit", 2)
            guard let p = a[0].asObject as? ThreadPoolObject else { throw vm.typeError("_submit expects a pool") }
            p.pool.submit(a[1], []) { _, _ in }
            return .none
        }
        // _join(pool): the main thread waits until the pool has no work left
        m.def("_join") { [unowned engine] vm, a in
            try a.expect("_join", 1)
            guard let p = a[0].asObject as? ThreadPoolObject else { throw vm.typeError("_join expects a pool") }
            if p.pool.isIdle { return .none }
            guard vm.currentFiber === engine.mainFiber else {
                throw vm.runtimeError("shutting a thread pool down with wait=True from a worker thread, an asyncio task or a greenlet is not supported by loopscope")
            }
            try vm.suspend(PoolJoinWait(pool: p.pool, engine: engine))
            return .none
        }
        return m
    }
}

/// The Python-visible handle of a thread pool.
final class ThreadPoolObject: PyObject {
    let pool: ThreadPool
    init(pool: ThreadPool, type: PyType) {
        self.pool = pool
        super.init(type: type)
    }
}

/// The main thread waits until a pool has run all its work (`shutdown(wait=True)`).
final class PoolJoinWait: MainWait {
    let pool: ThreadPool
    init(pool: ThreadPool, engine: Engine) {
        self.pool = pool
        super.init(checkAfterEveryStep: true, reason: .executor(pool.resource))
    }

    override func poll() {
        if resumeWith == nil, pool.isIdle { resumeWith = (.none, nil) }
    }
}
