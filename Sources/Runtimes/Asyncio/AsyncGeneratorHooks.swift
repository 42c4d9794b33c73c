import VM

/// An async generator the loop knows about, held weakly as CPython's `_asyncgens` WeakSet.
final class WeakAsyncGenerator {
    weak var generator: PyGenerator?
    init(_ generator: PyGenerator) { self.generator = generator }
}

/// asyncio's async generator hooks: a generator first iterated while a loop runs is
/// remembered; dropped unfinished, its `aclose()` runs in a task scheduled with
/// `call_soon(loop.create_task, ...)`; `loop.shutdown_asyncgens()` (called by
/// `asyncio.run`) closes the ones still suspended.
extension AsyncioRuntime {
    func installAsyncGeneratorHooks(_ module: PyModule) {
        let acloseCoroutine = module.globals.get("_aclose_agen") ?? .none
        let shutdown = module.globals.get("_shutdown_asyncgens") ?? .none
        vm.asyncGeneratorFirstIter = { [unowned self] g in
            guard let loop = self.runningLoop else { return nil }
            self.asyncGenerators.append(WeakAsyncGenerator(g))
            return { [unowned self] agen in
                self.asyncGenerators.removeAll { $0.generator == nil || $0.generator === agen }
                guard !loop.closed,
                      let createTask = try? self.vm.getAttribute(.object(loop), "create_task"),
                      let coroutine = try? self.vm.call(acloseCoroutine, [.object(agen)]) else { return }
                self.callSoon(createTask, [coroutine])
            }
        }
        loopType.dict["shutdown_asyncgens"] = .object(PyNativeFunction("shutdown_asyncgens",
                                                                      qualname: "BaseEventLoop.shutdown_asyncgens") { [unowned self] vm, _ in
            let live = self.asyncGenerators.compactMap(\.generator).map { Value.object($0) }
            self.asyncGenerators = []
            return try vm.call(shutdown, [.object(PyList(live))])
        })
    }
}
