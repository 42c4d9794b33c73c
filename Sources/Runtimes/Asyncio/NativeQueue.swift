import Trace
import VM

/// Queue: `put`, `get`, their `_nowait` forms, `task_done`, `join`, `qsize`, `empty`, `full`
/// (see AsyncioNatives). The items live in the Python list `_queue` read from `_head` on, as
/// in asyncio.queues.py's `Queue._get`.
extension AsyncioNatives {
    func installQueue() {
        guard let queueClass = libraryClass("Queue") else { return }
        let isQueue: (PyType) -> Bool = { [unowned(unsafe) queueClass] in $0 === queueClass }
        replace(queueClass, "qsize", when: isQueue) { [unowned(unsafe) self] _, d, _ in
            try self.size(d).map { .int($0) }
        }
        replace(queueClass, "empty", when: isQueue) { [unowned(unsafe) self] _, d, _ in
            try self.size(d).map { .bool($0 == 0) }
        }
        replace(queueClass, "full", when: isQueue) { [unowned(unsafe) self] _, d, _ in
            try self.isFull(d).map { .bool($0) }
        }
        replace(queueClass, "put_nowait", when: isQueue) { [unowned(unsafe) self] _, d, a in
            guard a.count == 2, try self.size(d) != nil else { return nil }
            try self.putNowait(d, a[1])
            return Value.none
        }
        replace(queueClass, "get_nowait", when: isQueue) { [unowned(unsafe) self] _, d, a in
            guard a.count == 1, try self.size(d) != nil else { return nil }
            return try self.getNowait(d)
        }
        replace(queueClass, "put", when: isQueue) { [unowned(unsafe) self] _, d, a in
            guard a.count == 2, try self.size(d) != nil else { return nil }
            let item = a[1]
            return self.coroutine("Queue.put") { try self.put(d, item) }
        }
        replace(queueClass, "get", when: isQueue) { [unowned(unsafe) self] _, d, a in
            guard a.count == 1, try self.size(d) != nil else { return nil }
            return self.coroutine("Queue.get") { try self.get(d) }
        }
        replace(queueClass, "task_done", when: isQueue) { [unowned(unsafe) self] _, d, a in
            guard a.count == 1 else { return nil }
            try self.taskDone(d)
            return Value.none
        }
        replace(queueClass, "join", when: isQueue) { [unowned(unsafe) self] _, d, a in
            guard a.count == 1, let event = self.isLibraryEvent(d[self.finishedEvent] ?? .none) else { return nil }
            return self.coroutine("Queue.join") {
                guard try self.unfinishedTasks(d) > 0 else { return (.value(.none), nil) }
                let (step, then) = try self.waitEvent(event)
                guard let then else { return (.value(.none), nil) }
                return (step, { vm, v, e in
                    _ = try then(vm, v, e)
                    return .value(.none)
                })
            }
        }
    }

    /// `Queue._size()`, or nil when `_queue` is not the list the native steps expect.
    private func size(_ d: PyAttributeDict) throws -> Int? {
        guard let items = d[queue]?.asObject as? PyList, case .int(let h)? = d[head] else { return nil }
        return items.items.count - h
    }

    private func isFull(_ d: PyAttributeDict) throws -> Bool? {
        guard let n = try size(d) else { return nil }
        let limit = d[maxsize] ?? .none
        if case .int(let m) = limit { return m > 0 && n >= m }
        let vm = runtime.vm
        if try vm.ordered(.le, limit, .int(0)) { return false }
        return try vm.ordered(.ge, .int(n), limit)
    }

    private func unfinishedTasks(_ d: PyAttributeDict) throws -> Int {
        try runtime.vm.index(d[unfinished] ?? .none)
    }

    private func raise(_ name: String) -> PyError {
        guard let type = libraryClass(name) else { return runtime.vm.runtimeError(name) }
        return PyError(PyBaseException(type: type, args: []))
    }

    /// `Queue.put_nowait`.
    private func putNowait(_ d: PyAttributeDict, _ item: Value) throws {
        guard let items = d[queue]?.asObject as? PyList else { return }
        if try isFull(d) == true { throw raise("QueueFull") }
        items.items.append(item)
        d[unfinished] = .int(try unfinishedTasks(d) + 1)
        let finished = d[finishedEvent] ?? .none
        if let event = isLibraryEvent(finished) {
            try clearEvent(event)
        } else {
            _ = try runtime.vm.call(try runtime.vm.getAttribute(finished, "clear"), [])
        }
        engine.trace.append(.resourceValue(try resourceID(d), value: Int64(try size(d) ?? 0)))
        try wakeUpNext(d, getters)
    }

    /// `Queue.get_nowait`.
    private func getNowait(_ d: PyAttributeDict) throws -> Value {
        guard let items = d[queue]?.asObject as? PyList, case .int(var h)? = d[head], items.items.count > h else {
            throw raise("QueueEmpty")
        }
        let item = items.items[h]
        h += 1
        if h > 64 && h * 2 > items.items.count {
            items.items.removeFirst(h)
            h = 0
        }
        d[head] = .int(h)
        engine.trace.append(.resourceValue(try resourceID(d), value: Int64(items.items.count - h)))
        try wakeUpNext(d, putters)
        return item
    }

    /// `Queue._wakeup_next(waiters)`: the first waiter not done is woken; done ones are dropped.
    private func wakeUpNext(_ d: PyAttributeDict, _ list: AttributeName) throws {
        guard let waiting = d[list]?.asObject as? PyDeque else { return }
        while let first = waiting.popFirst() {
            if case .object(let fut) = first, !(try runtime.isDone(first)) {
                try setResult(fut, .none)
                return
            }
        }
    }

    /// `Queue.put`'s loop: wait while the queue is full, then `put_nowait`.
    private func put(_ d: PyAttributeDict, _ item: Value) throws -> (AwaitStep, NativeCoroutine.Continuation?) {
        try waitWhile(d, list: putters, reason: { .queuePut($0) }, blocked: { try self.isFull(d) == true }) {
            try self.putNowait(d, item)
            return Value.none
        }
    }

    /// `Queue.get`'s loop: wait while the queue is empty, then `get_nowait`.
    private func get(_ d: PyAttributeDict) throws -> (AwaitStep, NativeCoroutine.Continuation?) {
        try waitWhile(d, list: getters, reason: { .queueGet($0) }, blocked: { try self.size(d) == 0 }) {
            try self.getNowait(d)
        }
    }

    /// `while blocked(): <queue a future in list and await it>; return then()`, with the
    /// handling of an error (a cancellation) at the await that `Queue.put`/`get` have.
    private func waitWhile(_ d: PyAttributeDict, list: AttributeName, reason: @escaping (ResourceID) -> WaitReason,
                           blocked: @escaping () throws -> Bool,
                           then: @escaping () throws -> Value) throws -> (AwaitStep, NativeCoroutine.Continuation?) {
        guard try blocked() else { return (.value(try then()), nil) }
        let resource = try resourceID(d)
        var waiter = try newWaiter(reason(resource), in: d, list: list, resource)
        return (.suspend(waiter), { [unowned(unsafe) self] _, _, error in
            if let error {
                waiter.cancel()
                self.remove(waiter, from: list, d)
                if !(try blocked()), waiter.state != .cancelled { try self.wakeUpNext(d, list) }
                self.engine.trace.append(.waiterRemoved(resource, self.actor))
                throw PyError(error)
            }
            self.engine.trace.append(.waiterRemoved(resource, self.actor))
            guard try blocked() else { return .value(try then()) }
            waiter = try self.newWaiter(reason(resource), in: d, list: list, resource)
            return .suspend(waiter)
        })
    }

    /// `Queue.task_done`.
    private func taskDone(_ d: PyAttributeDict) throws {
        let n = try unfinishedTasks(d)
        if n <= 0 { throw runtime.vm.valueError("task_done() called too many times") }
        d[unfinished] = .int(n - 1)
        if n - 1 == 0 {
            let finished = d[finishedEvent] ?? .none
            if let event = isLibraryEvent(finished) {
                try setEvent(event)
            } else {
                _ = try runtime.vm.call(try runtime.vm.getAttribute(finished, "set"), [])
            }
        }
    }
}
