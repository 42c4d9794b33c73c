import Trace
import VM

/// The hot methods of asyncio's synchronisation objects and queues (Semaphore,
/// BoundedSemaphore, Lock, Event, Queue) in Swift. They work on the instance attributes of
/// the Python classes of the asyncio library (`_value`, `_waiters`, `_queue`, `_id`, ...) and take
/// the same steps in the same order, with the same trace events, as those classes' Python
/// methods; a task passing through `async with sem:` or `await queue.get()` then runs no
/// coroutine frames of the library.
///
/// Only instances of the library classes themselves take these paths: an instance of a
/// user subclass (or of a library subclass such as PriorityQueue) gets the original Python
/// methods, which honour its overrides. The runtime keeps this object alive; the methods
/// refer to it unowned.
final class AsyncioNatives {
    unowned(unsafe) let runtime: AsyncioRuntime
    let module: PyModule
    let value = AttributeName("_value")
    let waiters = AttributeName("_waiters")
    let id = AttributeName("_id")
    let boundValue = AttributeName("_bound_value")
    let locked = AttributeName("_locked")
    let queue = AttributeName("_queue")
    let head = AttributeName("_head")
    let maxsize = AttributeName("_maxsize")
    let getters = AttributeName("_getters")
    let putters = AttributeName("_putters")
    let unfinished = AttributeName("_unfinished_tasks")
    let finishedEvent = AttributeName("_finished")

    /// The library's Event class (set by `installEvent`).
    unowned(unsafe) var eventClass: PyType?

    var engine: Engine { runtime.engine }

    init(runtime: AsyncioRuntime, module: PyModule) {
        self.runtime = runtime
        self.module = module
    }

    /// Puts the native methods in the library classes' dicts.
    func install() {
        installLocks()
        installEvent()
        installQueue()
    }

    /// A class of the library (unowned by the caller: the module holds it).
    func libraryClass(_ name: String) -> PyType? { module.globals.get(name)?.asObject as? PyType }

    /// Installs `name` on `type`: the native body for instances whose exact type passes
    /// `when`, the method `type` had before for every other receiver (and whenever the body
    /// returns nil: the instance's state is not what the native path expects). A body
    /// returning Python's None must spell it `Value.none`: a bare `.none` is nil here.
    func replace(_ type: PyType, _ name: String, when: @escaping (PyType) -> Bool,
                         _ body: @escaping (VM, PyAttributeDict, inout Arguments) throws -> Value?) {
        guard let original = type.lookup(name) else { return }
        type.dict[name] = .object(PyNativeFunction(name, qualname: "\(type.name).\(name)") { vm, a in
            if a.count >= 1, a.keywords.isEmpty, case .object(let o) = a[0], when(o.type), let d = o.attributes,
               let result = try body(vm, d, &a) {
                return result
            }
            return try vm.call(original, a.positional, keywords: a.keywords)
        })
    }

    // MARK: Shared steps

    /// The running task (or the main program) acting on a resource.
    var actor: TaskID { engine.currentTask ?? engine.mainTask }

    func resourceID(_ d: PyAttributeDict) throws -> ResourceID {
        ResourceID(UInt32(try runtime.vm.index(d[id] ?? .none)))
    }

    func count(_ d: PyAttributeDict) throws -> Int {
        if case .int(let n)? = d[value] { return n }
        return try runtime.vm.index(d[value] ?? .none)
    }

    /// A future of the running loop, tagged with `reason` and queued in the deque `list`
    /// (`_waiters`, `_getters`, ...; created on first use), the waiter recorded in the trace.
    func newWaiter(_ reason: WaitReason, in d: PyAttributeDict, list: AttributeName, _ resource: ResourceID) throws -> Future {
        guard runtime.runningLoop != nil else { throw runtime.vm.runtimeError("no running event loop") }
        let queue: PyDeque
        if let q = d[list]?.asObject as? PyDeque {
            queue = q
        } else {
            queue = PyDeque()
            d[list] = .object(queue)
        }
        let fut = Future(runtime: runtime)
        fut.waitReason = reason
        queue.append(.object(fut))
        engine.trace.append(.waiterAdded(resource, actor))
        return fut
    }

    /// `list.remove(fut)`; false when the future is not there.
    @discardableResult
    func remove(_ fut: Future, from list: AttributeName, _ d: PyAttributeDict) -> Bool {
        guard let queue = d[list]?.asObject as? PyDeque,
              let i = queue.items.firstIndex(where: { $0.asObject === fut }) else { return false }
        queue.remove(at: i)
        return true
    }

    /// The `finally` after `await fut` in a lock or an event: the future leaves `_waiters`.
    func stopWaiting(_ fut: Future, _ d: PyAttributeDict, _ resource: ResourceID) throws {
        guard remove(fut, from: waiters, d) else { throw runtime.vm.valueError("deque.remove(x): x not in deque") }
        engine.trace.append(.waiterRemoved(resource, actor))
    }

    func coroutine(_ name: String, _ body: @escaping () throws -> (AwaitStep, NativeCoroutine.Continuation?)) -> Value {
        .object(NativeCoroutine(name: name, type: runtime.coroutineType, steps: { _ in try body() }))
    }

    /// An awaitable that is already finished (an `async def` that returns without waiting).
    func finished(_ result: Value) -> Value {
        .object(NativeCoroutine(name: "_ContextManagerMixin.__aexit__", type: runtime.coroutineType) { _ in .value(result) })
    }

    func setResult(_ waiter: PyObject, _ result: Value) throws {
        if let f = waiter as? Future, f.type === runtime.futureType { return try f.setResult(result) }
        _ = try runtime.vm.call(try runtime.vm.getAttribute(.object(waiter), "set_result"), [result])
    }
}
