/// The runtime libraries (asyncio, gevent, tornado) are packages whose Python text is split
/// into files named after the real package's submodules (`gevent.pool.py`, `asyncio.locks.py`,
/// ...). A package's files run in the order of `parts`, one after another, in the package's
/// one namespace: code in one file uses names another defines without importing them, and
/// every class and function belongs to the package module (its `__module__`, when it
/// matters, is set in the class body, as CPython's C classes name theirs).
///
/// `import pkg.sub` gives a module holding the names `submodules[pkg.sub]` lists, taken from
/// the package's namespace (`LibraryLoader.swift`); a part not listed there is not importable.
struct LibraryPackage {
    let name: String
    /// The package's files (module names, the package's own first) in the order they run.
    let parts: [String]
    /// `pkg.sub` modules and the names each re-exports from the package.
    let submodules: [String: [String]]

    static let all: [String: LibraryPackage] = Dictionary(uniqueKeysWithValues: [asyncio, gevent, tornado].map { ($0.name, $0) })

    /// The package `pkg.sub` is a submodule of, when it is one.
    static func exporting(_ submodule: String) -> LibraryPackage? {
        guard let dot = submodule.firstIndex(of: "."), let package = all[String(submodule[..<dot])],
              package.submodules[submodule] != nil else { return nil }
        return package
    }

    static let asyncio = LibraryPackage(
        name: "asyncio",
        parts: ["asyncio", "asyncio.exceptions", "asyncio.tasks", "asyncio.timeouts", "asyncio.taskgroups",
                "asyncio.locks", "asyncio.queues", "asyncio.runners", "asyncio.futures"],
        submodules: [:])

    static let gevent = LibraryPackage(
        name: "gevent",
        parts: ["gevent", "gevent.exceptions", "gevent.hub", "gevent.timeout", "gevent.greenlet",
                "gevent._abstract_linkable", "gevent.lock", "gevent.event", "gevent.pool", "gevent.queue",
                "gevent.monkey"],
        submodules: [
            "gevent.pool": ["Pool", "Group", "PoolFull"],
            "gevent.lock": ["Semaphore", "BoundedSemaphore", "RLock", "DummySemaphore"],
            "gevent.event": ["Event", "AsyncResult"],
            "gevent.queue": ["Queue", "JoinableQueue", "LifoQueue", "PriorityQueue", "Empty", "Full", "Channel"],
            "gevent.monkey": ["patch_all", "patch_time", "patch_socket", "patch_thread", "is_module_patched"],
            "gevent.timeout": ["Timeout", "with_timeout"],
            "gevent.greenlet": ["Greenlet"],
            "gevent.hub": ["getcurrent", "sleep", "get_hub", "GreenletExit", "Waiter", "LoopExit"],
            "gevent.exceptions": ["LoopExit", "InvalidSwitchError", "BlockingSwitchOutError", "ConcurrentObjectUseError"],
        ])

    static let tornado = LibraryPackage(
        name: "tornado",
        parts: ["tornado", "tornado.concurrent", "tornado.gen", "tornado.ioloop", "tornado.locks", "tornado.queues"],
        submodules: [
            "tornado.gen": ["coroutine", "sleep", "multi", "multi_future", "moment", "with_timeout", "Return",
                            "convert_yielded", "maybe_future", "WaitIterator", "TimeoutError", "BadYieldError",
                            "is_coroutine_function"],
            "tornado.ioloop": ["IOLoop", "PeriodicCallback"],
            "tornado.concurrent": ["Future", "chain_future", "future_set_result_unless_cancelled",
                                   "future_add_done_callback", "is_future", "future_set_exception_unless_cancelled"],
            "tornado.locks": ["Semaphore", "BoundedSemaphore", "Lock", "Event", "Condition"],
            "tornado.queues": ["Queue", "PriorityQueue", "LifoQueue", "QueueEmpty", "QueueFull"],
            "tornado.util": ["TimeoutError"],
        ])
}
