import Trace
import VM

/// The hot methods of asyncio's Semaphore, BoundedSemaphore and Lock (`acquire`, `release`,
/// `async with`) in Swift. They work on the instance attributes of the Python classes in
/// AsyncioLibrary (`_value`, `_waiters`, `_locked`, `_id`) and take the same steps in the
/// same order, with the same trace events, as those classes' Python methods; a task
/// passing through `async with sem:` then runs no coroutine frames of the library.
///
/// Only instances of the library classes themselves take these paths: an instance of a
/// user subclass gets the original Python methods, which honour its overrides. The runtime
/// keeps this object alive; the methods refer to it unowned.
final class NativeLocks {
    private unowned(unsafe) let runtime: AsyncioRuntime
    // Unowned: the classes' dicts hold the native methods, which hold this object.
    private unowned let semaphore: PyType
    private unowned let bounded: PyType
    private unowned let lock: PyType
    private let value = AttributeName("_value")
    private let waiters = AttributeName("_waiters")
    private let id = AttributeName("_id")
    private let boundValue = AttributeName("_bound_value")
    private let locked = AttributeName("_locked")

    private var engine: Engine { runtime.engine }

    init?(runtime: AsyncioRuntime, module: PyModule) {
        guard let s = module.globals.get("Semaphore")?.asObject as? PyType,
              let b = module.globals.get("BoundedSemaphore")?.asObject as? PyType,
              let l = module.globals.get("Lock")?.asObject as? PyType else { return nil }
        self.runtime = runtime
        semaphore = s
        bounded = b
        lock = l
    }

    /// Puts the native methods in the classes' dicts, keeping the Python ones for subclasses.
    func install() {
        let isSemaphore: (PyType) -> Bool = { [unowned(unsafe) self] in $0 === self.semaphore || $0 === self.bounded }
        let isLock: (PyType) -> Bool = { [unowned(unsafe) self] in $0 === self.lock }
        replace(semaphore, "acquire", when: isSemaphore) { [unowned(unsafe) self] vm, d in
            self.coroutine("acquire") { try self.acquireSemaphore(d, result: .bool(true)) }
        }
        replace(semaphore, "__aenter__", when: isSemaphore) { [unowned(unsafe) self] vm, d in
            self.coroutine("__aenter__") { try self.acquireSemaphore(d, result: .none) }
        }
        replace(semaphore, "release", when: isSemaphore) { [unowned(unsafe) self] vm, d in
            try self.releaseSemaphore(d)
            return .none
        }
        replace(semaphore, "__aexit__", when: isSemaphore) { [unowned(unsafe) self] vm, d in
            try self.releaseSemaphore(d)
            return self.finished(.none)
        }
        replace(bounded, "release", when: isSemaphore) { [unowned(unsafe) self] vm, d in
            try self.checkBound(d)
            try self.releaseSemaphore(d)
            return .none
        }
        replace(bounded, "__aexit__", when: isSemaphore) { [unowned(unsafe) self] vm, d in
            try self.checkBound(d)
            try self.releaseSemaphore(d)
            return self.finished(.none)
        }
        replace(lock, "acquire", when: isLock) { [unowned(unsafe) self] vm, d in
            self.coroutine("acquire") { try self.acquireLock(d, result: .bool(true)) }
        }
        replace(lock, "__aenter__", when: isLock) { [unowned(unsafe) self] vm, d in
            self.coroutine("__aenter__") { try self.acquireLock(d, result: .none) }
        }
        replace(lock, "release", when: isLock) { [unowned(unsafe) self] vm, d in
            try self.releaseLock(d)
            return .none
        }
        replace(lock, "__aexit__", when: isLock) { [unowned(unsafe) self] vm, d in
            try self.releaseLock(d)
            return self.finished(.none)
        }
    }

    /// Installs `name` on `type`: the native body for instances whose exact type passes
    /// `when`, the method `type` had before for every other receiver.
    private func replace(_ type: PyType, _ name: String, when: @escaping (PyType) -> Bool,
                         _ body: @escaping (VM, PyAttributeDict) throws -> Value) {
        guard let original = type.lookup(name) else { return }
        type.dict[name] = .object(PyNativeFunction(name, qualname: "\(type.name).\(name)") { vm, a in
            if a.count >= 1, a.keywords.isEmpty, case .object(let o) = a[0], when(o.type), let d = o.attributes {
                return try body(vm, d)
            }
            return try vm.call(original, a.positional, keywords: a.keywords)
        })
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
            engine.trace.append(.holderAdded(resource, actor))
            return (.value(result), nil)
        }
        let fut = try newWaiter(.semaphore(resource), in: d, queue)
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
            engine.trace.append(.holderAdded(resource, actor))
            return result
        })
    }

    /// `Semaphore.release`.
    private func releaseSemaphore(_ d: PyAttributeDict) throws {
        let resource = try resourceID(d)
        let n = try count(d) + 1
        d[value] = .int(n)
        engine.trace.append(.resourceValue(resource, value: Int64(n)))
        engine.trace.append(.holderRemoved(resource, actor))
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

    /// `locked()`'s second half: some waiter is not cancelled.
    private func anyPending(_ queue: PyDeque?) throws -> Bool {
        guard let queue else { return false }
        for item in queue.items where !(try cancelled(item)) { return true }
        return false
    }

    // MARK: Lock

    /// `Lock.acquire`'s body.
    private func acquireLock(_ d: PyAttributeDict, result: Value) throws -> (AwaitStep, NativeCoroutine.Continuation?) {
        let resource = try resourceID(d)
        let queue = d[waiters]?.asObject as? PyDeque
        if !(try runtime.vm.truthy(d[locked] ?? .none)) {
            var allCancelled = true
            if let queue {
                for item in queue.items where !(try cancelled(item)) {
                    allCancelled = false
                    break
                }
            }
            if allCancelled {
                takeLock(d, resource)
                return (.value(result), nil)
            }
        }
        let fut = try newWaiter(.lock(resource), in: d, queue)
        return (.suspend(fut), { [self] vm, _, error in
            try self.stopWaiting(fut, d, resource)
            if let error {
                if error.type.isSubtype(of: runtime.cancelledError), !(try vm.truthy(d[locked] ?? .none)) {
                    try wakeUpFirst(d)
                }
                throw PyError(error)
            }
            takeLock(d, resource)
            return result
        })
    }

    private func takeLock(_ d: PyAttributeDict, _ resource: ResourceID) {
        d[locked] = .bool(true)
        engine.trace.append(.resourceValue(resource, value: 1))
        engine.trace.append(.holderAdded(resource, actor))
    }

    /// `Lock.release`.
    private func releaseLock(_ d: PyAttributeDict) throws {
        let vm = runtime.vm
        guard try vm.truthy(d[locked] ?? .none) else { throw vm.runtimeError("Lock is not acquired.") }
        let resource = try resourceID(d)
        d[locked] = .bool(false)
        engine.trace.append(.resourceValue(resource, value: 0))
        engine.trace.append(.holderRemoved(resource, actor))
        try wakeUpFirst(d)
    }

    /// `Lock._wake_up_first`.
    private func wakeUpFirst(_ d: PyAttributeDict) throws {
        guard let queue = d[waiters]?.asObject as? PyDeque, queue.count > 0 else { return }
        let first = queue[0]
        if case .object(let o) = first, !(try done(first)) { try setResult(o, .bool(true)) }
    }

    // MARK: Shared steps

    /// The running task (or the main program) acting on a resource.
    private var actor: TaskID { engine.currentTask ?? engine.mainTask }

    private func resourceID(_ d: PyAttributeDict) throws -> ResourceID {
        ResourceID(UInt32(try runtime.vm.index(d[id] ?? .none)))
    }

    private func count(_ d: PyAttributeDict) throws -> Int {
        if case .int(let n)? = d[value] { return n }
        return try runtime.vm.index(d[value] ?? .none)
    }

    /// A future of the running loop, tagged and queued in `_waiters` (created on first use).
    private func newWaiter(_ reason: WaitReason, in d: PyAttributeDict, _ queue: PyDeque?) throws -> Future {
        guard runtime.runningLoop != nil else { throw runtime.vm.runtimeError("no running event loop") }
        let queue = queue ?? {
            let q = PyDeque()
            d[waiters] = .object(q)
            return q
        }()
        let fut = Future(runtime: runtime)
        fut.waitReason = reason
        queue.append(.object(fut))
        engine.trace.append(.waiterAdded(try resourceID(d), actor))
        return fut
    }

    /// The `finally` after `await fut`: the future leaves `_waiters`.
    private func stopWaiting(_ fut: Future, _ d: PyAttributeDict, _ resource: ResourceID) throws {
        let vm = runtime.vm
        guard let queue = d[waiters]?.asObject as? PyDeque,
              let i = queue.items.firstIndex(where: { $0.asObject === fut }) else {
            throw vm.valueError("deque.remove(x): x not in deque")
        }
        queue.remove(at: i)
        engine.trace.append(.waiterRemoved(resource, actor))
    }

    private func coroutine(_ name: String, _ body: @escaping () throws -> (AwaitStep, NativeCoroutine.Continuation?)) -> Value {
        .object(NativeCoroutine(name: name, type: runtime.coroutineType, steps: { _ in try body() }))
    }

    /// An awaitable that is already finished (an `async def` that returns without waiting).
    private func finished(_ result: Value) -> Value {
        .object(NativeCoroutine(name: "__aexit__", type: runtime.coroutineType) { _ in .value(result) })
    }

    private func cancelled(_ waiter: Value) throws -> Bool {
        if let f = runtime.asFuture(waiter) { return f.state == .cancelled }
        return try runtime.vm.truthy(try runtime.vm.call(try runtime.vm.getAttribute(waiter, "cancelled"), []))
    }

    private func done(_ waiter: Value) throws -> Bool {
        if let f = runtime.asFuture(waiter) { return f.isDone }
        return try runtime.vm.truthy(try runtime.vm.call(try runtime.vm.getAttribute(waiter, "done"), []))
    }

    private func setResult(_ waiter: PyObject, _ result: Value) throws {
        if let f = waiter as? Future, f.type === runtime.futureType { return try f.setResult(result) }
        _ = try runtime.vm.call(try runtime.vm.getAttribute(.object(waiter), "set_result"), [result])
    }
}
