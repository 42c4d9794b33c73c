import Trace
import VM

/// Semaphore, BoundedSemaphore and Lock: `acquire`, `release` and `async with` (see
/// AsyncioNatives).
extension AsyncioNatives {
    func installLocks() {
        guard let semaphore = libraryClass("Semaphore"), let bounded = libraryClass("BoundedSemaphore"),
              let lock = libraryClass("Lock") else { return }
        let isSemaphore: (PyType) -> Bool = { [unowned(unsafe) semaphore, unowned(unsafe) bounded] in $0 === semaphore || $0 === bounded }
        let isLock: (PyType) -> Bool = { [unowned(unsafe) lock] in $0 === lock }
        replace(semaphore, "acquire", when: isSemaphore) { [unowned(unsafe) self] vm, d, _ in
            self.coroutine("Semaphore.acquire") { try self.acquireSemaphore(d, result: .bool(true)) }
        }
        replace(semaphore, "__aenter__", when: isSemaphore) { [unowned(unsafe) self] vm, d, _ in
            self.coroutine("_ContextManagerMixin.__aenter__") { try self.acquireSemaphore(d, result: .none) }
        }
        replace(semaphore, "release", when: isSemaphore) { [unowned(unsafe) self] vm, d, _ in
            try self.releaseSemaphore(d)
            return Value.none
        }
        replace(semaphore, "__aexit__", when: isSemaphore) { [unowned(unsafe) self] vm, d, _ in
            try self.releaseSemaphore(d)
            return self.finished(.none)
        }
        replace(bounded, "release", when: isSemaphore) { [unowned(unsafe) self] vm, d, _ in
            try self.checkBound(d)
            try self.releaseSemaphore(d)
            return Value.none
        }
        replace(bounded, "__aexit__", when: isSemaphore) { [unowned(unsafe) self] vm, d, _ in
            try self.checkBound(d)
            try self.releaseSemaphore(d)
            return self.finished(.none)
        }
        replace(lock, "acquire", when: isLock) { [unowned(unsafe) self] vm, d, _ in
            self.coroutine("Lock.acquire") { try self.acquireLock(d, result: .bool(true)) }
        }
        replace(lock, "__aenter__", when: isLock) { [unowned(unsafe) self] vm, d, _ in
            self.coroutine("_ContextManagerMixin.__aenter__") { try self.acquireLock(d, result: .none) }
        }
        replace(lock, "release", when: isLock) { [unowned(unsafe) self] vm, d, _ in
            try self.releaseLock(d)
            return Value.none
        }
        replace(lock, "__aexit__", when: isLock) { [unowned(unsafe) self] vm, d, _ in
            try self.releaseLock(d)
            return self.finished(.none)
        }
    }

    // MARK: Semaphore

    /// `Semaphore.acquire`'s body: take a unit at once, or queue a future and wait for it.
    private func acquireSemaphore(_ d: PyAttributeDict, result: Value) throws -> (AwaitStep, NativeCoroutine.Continuation?) {
        let resource = try resourceID(d)
        let queue = d[waiters]?.asObject as? PyDeque
        if try count(d) != 0, !(try anyPending(queue)) {
            let n = try count(d) - 1
            d[value] = .int(n)
            engine.trace.append(.resourceValue(resource, value: Int64(n)))
            engine.holders.add(resource, actor)
            return (.value(result), nil)
        }
        let fut = try newWaiter(.semaphore(resource), in: d, list: waiters, resource)
        return (.suspend(fut), { [self] _, woken, error in
            try self.stopWaiting(fut, d, resource)
            if let error {
                if error.type.isSubtype(of: runtime.cancelledError), fut.state != .cancelled {
                    d[value] = .int(try count(d) + 1)
                    try wakeUpNext(d, resource)
                }
                throw PyError(error)
            }
            if try count(d) > 0 { try wakeUpNext(d, resource) }
            engine.holders.add(resource, actor)
            return .value(result)
        })
    }

    /// `Semaphore.release`.
    private func releaseSemaphore(_ d: PyAttributeDict) throws {
        let resource = try resourceID(d)
        let n = try count(d) + 1
        d[value] = .int(n)
        engine.trace.append(.resourceValue(resource, value: Int64(n)))
        engine.holders.remove(resource, by: actor)
        try wakeUpNext(d, resource)
    }

    /// `BoundedSemaphore.release`'s check before releasing.
    private func checkBound(_ d: PyAttributeDict) throws {
        let vm = runtime.vm
        if try vm.ordered(.ge, d[value] ?? .none, d[boundValue] ?? .none) {
            throw vm.valueError("BoundedSemaphore released too many times")
        }
    }

    /// `Semaphore._wake_up_next`: hands a unit to the first waiter still pending.
    private func wakeUpNext(_ d: PyAttributeDict, _ resource: ResourceID) throws {
        guard let queue = d[waiters]?.asObject as? PyDeque, queue.count > 0,
              case .object(let o)? = try runtime.firstPending(queue) else { return }
        let n = try count(d) - 1
        d[value] = .int(n)
        engine.trace.append(.resourceValue(resource, value: Int64(n)))
        try setResult(o, .bool(true))
    }

    /// Some waiter is not cancelled (`Semaphore.locked()`'s second half; a Lock is free
    /// only when every waiter is cancelled).
    private func anyPending(_ queue: PyDeque?) throws -> Bool {
        guard let queue else { return false }
        for item in queue.items where !(try runtime.isCancelled(item)) { return true }
        return false
    }

    // MARK: Lock

    /// `Lock.acquire`'s body.
    private func acquireLock(_ d: PyAttributeDict, result: Value) throws -> (AwaitStep, NativeCoroutine.Continuation?) {
        let resource = try resourceID(d)
        let queue = d[waiters]?.asObject as? PyDeque
        if !(try runtime.vm.truthy(d[locked] ?? .none)), !(try anyPending(queue)) {
            takeLock(d, resource)
            return (.value(result), nil)
        }
        let fut = try newWaiter(.lock(resource), in: d, list: waiters, resource)
        return (.suspend(fut), { [self] vm, _, error in
            try self.stopWaiting(fut, d, resource)
            if let error {
                if error.type.isSubtype(of: runtime.cancelledError), !(try vm.truthy(d[locked] ?? .none)) {
                    try wakeUpFirst(d)
                }
                throw PyError(error)
            }
            takeLock(d, resource)
            return .value(result)
        })
    }

    private func takeLock(_ d: PyAttributeDict, _ resource: ResourceID) {
        d[locked] = .bool(true)
        engine.trace.append(.resourceValue(resource, value: 1))
        engine.holders.add(resource, actor)
    }

    /// `Lock.release`.
    private func releaseLock(_ d: PyAttributeDict) throws {
        let vm = runtime.vm
        guard try vm.truthy(d[locked] ?? .none) else { throw vm.runtimeError("Lock is not acquired.") }
        let resource = try resourceID(d)
        d[locked] = .bool(false)
        engine.trace.append(.resourceValue(resource, value: 0))
        engine.holders.remove(resource, by: actor)
        try wakeUpFirst(d)
    }

    /// `Lock._wake_up_first`.
    private func wakeUpFirst(_ d: PyAttributeDict) throws {
        guard let queue = d[waiters]?.asObject as? PyDeque, queue.count > 0 else { return }
        let first = queue[0]
        if case .object(let o) = first, !(try runtime.isDone(first)) { try setResult(o, .bool(true)) }
    }

}
