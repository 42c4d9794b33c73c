import Trace
import VM

/// Event: `set`, `clear`, `is_set` and `wait` (see AsyncioNatives).
extension AsyncioNatives {
    func installEvent() {
        guard let event = libraryClass("Event") else { return }
        eventClass = event
        let isEvent: (PyType) -> Bool = { [unowned(unsafe) event] in $0 === event }
        replace(event, "set", when: isEvent) { [unowned(unsafe) self] _, d, _ in
            try self.setEvent(d)
            return Value.none
        }
        replace(event, "clear", when: isEvent) { [unowned(unsafe) self] _, d, _ in
            try self.clearEvent(d)
            return Value.none
        }
        replace(event, "is_set", when: isEvent) { [unowned(unsafe) self] _, d, _ in d[self.value] }
        replace(event, "wait", when: isEvent) { [unowned(unsafe) self] _, d, _ in
            self.coroutine("Event.wait") { try self.waitEvent(d) }
        }
    }

    /// Whether `object` is an Event of the library itself (so the Swift steps apply).
    func isLibraryEvent(_ object: Value) -> PyAttributeDict? {
        guard case .object(let o) = object, let event = eventClass, o.type === event else { return nil }
        return o.attributes
    }

    /// `Event.set`: wakes every waiter not done yet.
    func setEvent(_ d: PyAttributeDict) throws {
        guard !(try runtime.vm.truthy(d[value] ?? .none)) else { return }
        d[value] = .bool(true)
        engine.trace.append(.resourceValue(try resourceID(d), value: 1))
        guard let queue = d[waiters]?.asObject as? PyDeque else { return }
        for case .object(let fut) in queue.items where !(try runtime.isDone(.object(fut))) {
            try setResult(fut, .bool(true))
        }
    }

    /// `Event.clear`.
    func clearEvent(_ d: PyAttributeDict) throws {
        d[value] = .bool(false)
        engine.trace.append(.resourceValue(try resourceID(d), value: 0))
    }

    /// `Event.wait`'s body.
    func waitEvent(_ d: PyAttributeDict) throws -> (AwaitStep, NativeCoroutine.Continuation?) {
        if try runtime.vm.truthy(d[value] ?? .none) { return (.value(.bool(true)), nil) }
        let resource = try resourceID(d)
        let fut = try newWaiter(.event(resource), in: d, list: waiters, resource)
        return (.suspend(fut), { [unowned(unsafe) self] _, _, error in
            try self.stopWaiting(fut, d, resource)
            if let error { throw PyError(error) }
            return .value(.bool(true))
        })
    }
}
