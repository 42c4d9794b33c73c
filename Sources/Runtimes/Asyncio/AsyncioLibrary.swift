import VM

/// The asyncio library (Python/asyncio*.py, see LibraryPackages.swift) meets the native core.
extension AsyncioRuntime {
    /// Hooks the native types up to library code once the library module has run.
    func finishLibrary(_ module: PyModule) {
        let noop = module.globals.get("_noop") ?? .none
        loopType.dict["shutdown_default_executor"] = .object(PyNativeFunction("shutdown_default_executor",
                                                                             qualname: "BaseEventLoop.shutdown_default_executor") { vm, _ in
            try vm.call(noop, [])
        })
        installAsyncGeneratorHooks(module)
        futureType.dict["_make_cancelled_error"] = .object(PyNativeFunction("_make_cancelled_error") { [unowned(unsafe) self] _, a in
            .object(self.makeCancelledError(self.asFuture(a[0])?.cancelMessage ?? .none))
        })
        futureType.dict["__init__"] = .object(PyNativeFunction("__init__") { _, _ in .none })
        futureType.dict["_cancel_message"] = .object(PyNativeProperty(name: "_cancel_message") { [unowned(unsafe) self] _, v in
            self.asFuture(v)?.cancelMessage ?? .none
        })
        natives = AsyncioNatives(runtime: self, module: module)
        natives?.install()
    }
}
